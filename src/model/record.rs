/// Declares one JSON object of the plan format: the struct with its writing through serde
/// (keys in declaration order, by [`Written`]), its reading from JSON (unknown keys refused, missing keys blank, never
/// read from a list) and its [`Walk`], so that each key is written once.
///
/// `record!(Name { a: Type, b: Type })`; `record!(Name texts { a, b })` for a group whose
/// fields are all text; `record!(Name [100] { .. })` for a list row other than the usual 20 to
/// a list.
///
/// [`Walk`]: crate::model::Walk
/// [`Written`]: crate::model::walk::Written
macro_rules! record {
    ($(#[$m:meta])* $name:ident texts { $($field:ident),* $(,)? }) => {
        record!($(#[$m])* $name { $($field: String),* });
    };
    ($(#[$m:meta])* $name:ident $([$rows:expr])? { $($field:ident : $ty:ty),* $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Default)]
        pub struct $name {
            $(pub $field: $ty,)*
        }

        impl $name {
            pub const KEYS: &'static [&'static str] = &[$(stringify!($field)),*];
        }

        impl Clone for $name {
            fn clone(&self) -> Self {
                let mut copy = Self::default();
                crate::model::walk::copy_into(&mut copy, self);
                copy
            }
        }

        impl PartialEq for $name {
            fn eq(&self, other: &Self) -> bool {
                crate::model::walk::same(self, other)
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                crate::model::walk::Written(self, false).serialize(s)
            }
        }

        impl crate::model::walk::Walk for $name {
            fn read_json(&mut self, value: &serde_json::Value) -> Result<(), serde_json::Error> {
                *self = Self::default();
                crate::model::field::read_record(self, Self::KEYS, value)
            }

            $(
                fn max_rows() -> usize {
                    $rows
                }
            )?

            fn part(&self, key: &str) -> Option<&dyn crate::model::walk::Walk> {
                match key {
                    $(stringify!($field) => Some(&self.$field),)*
                    _ => None,
                }
            }

            fn part_mut(&mut self, key: &str) -> Option<&mut dyn crate::model::walk::Walk> {
                match key {
                    $(stringify!($field) => Some(&mut self.$field),)*
                    _ => None,
                }
            }

            fn fields(&self, f: &mut dyn FnMut(&'static str, &dyn crate::model::walk::Walk)) {
                $(f(stringify!($field), &self.$field);)*
            }
        }
    };
}
