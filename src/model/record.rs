/// Declares one JSON object of the plan format: the struct with its serde reading and writing
/// (keys in declaration order, unknown keys refused, missing keys blank, never read from a
/// list) and its [`Walk`], so that each key is written once.
///
/// `record!(Name { a: Type, b: Type })`; `record!(Name texts { a, b })` for a group whose
/// fields are all text; `record!(Name [100] { .. })` for a list row other than the usual 20 to
/// a list.
///
/// [`Walk`]: crate::model::Walk
macro_rules! record {
    ($(#[$m:meta])* $name:ident texts { $($field:ident),* $(,)? }) => {
        record!($(#[$m])* $name { $($field: String),* });
    };
    ($(#[$m:meta])* $name:ident $([$rows:expr])? { $($field:ident : $ty:ty),* $(,)? }) => {
        $(#[$m])*
        #[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
        #[serde(remote = "Self", default, deny_unknown_fields)]
        pub struct $name {
            $(pub $field: $ty,)*
        }

        impl $name {
            pub const KEYS: &'static [&'static str] = &[$(stringify!($field)),*];
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                $name::serialize(self, s)
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                $name::deserialize(crate::model::field::Object(d))
            }
        }

        impl crate::model::walk::Walk for $name {
            fn read_json(&mut self, value: &serde_json::Value) -> Result<(), serde_json::Error> {
                *self = <Self as serde::Deserialize>::deserialize(value)?;
                Ok(())
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
