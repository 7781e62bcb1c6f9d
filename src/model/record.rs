/// Declares one JSON object of the plan format: the struct, its JSON writing
/// (keys in declaration order), strict reading and [`Walk`].
///
/// `record!(Name { a: Type, b: Type })`; `record!(Name texts { a, b })` for a
/// group whose fields are all text; `record!(Name [100] { .. })` for a list
/// row other than the usual 20 to a list.
macro_rules! record {
    ($(#[$m:meta])* $name:ident texts { $($field:ident),* $(,)? }) => {
        record!($(#[$m])* $name { $($field: String),* });
    };
    ($(#[$m:meta])* $name:ident { $($field:ident : $ty:ty),* $(,)? }) => {
        record!($(#[$m])* $name [20] { $($field: $ty),* });
    };
    ($(#[$m:meta])* $name:ident [$max_rows:expr] { $($field:ident : $ty:ty),* $(,)? }) => {
        $(#[$m])*
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct $name {
            $(pub $field: $ty,)*
        }

        impl $name {
            pub const KEYS: &'static [&'static str] = &[$(stringify!($field)),*];
        }

        impl $crate::model::value::FromJson for $name {
            const MAX_ROWS: usize = $max_rows;

            fn from_json(value: &serde_json::Value, path: &str) -> Result<Self, $crate::model::ImportError> {
                let obj = $crate::model::value::expect_object(value, path)?;
                $crate::model::value::check_keys(obj, path, Self::KEYS)?;
                let mut out = Self::default();
                $($crate::model::value::read_field(&mut out.$field, obj, path, stringify!($field))?;)*
                Ok(out)
            }
        }

        impl $crate::model::value::ToJson for $name {
            fn to_json(&self) -> serde_json::Value {
                let mut map = serde_json::Map::new();
                $($crate::model::value::put(&mut map, stringify!($field), &self.$field);)*
                serde_json::Value::Object(map)
            }
        }

        impl $crate::model::walk::Walk for $name {
            fn walk(&self, path: &str, f: &mut dyn FnMut(&str, $crate::model::walk::Leaf<'_>)) {
                $(self.$field.walk(&$crate::model::value::join(path, stringify!($field)), f);)*
            }
            fn walk_mut(&mut self, path: &str, f: &mut dyn FnMut(&str, $crate::model::walk::LeafMut<'_>)) {
                $(self.$field.walk_mut(&$crate::model::value::join(path, stringify!($field)), f);)*
            }
        }
    };
}

/// A group of four 0–10 scores from one of the two scorecards.
macro_rules! scores {
    ($(#[$m:meta])* $name:ident { $($field:ident),* $(,)? }) => {
        record!($(#[$m])* $name { $($field: $crate::model::Score),* });

        impl $name {
            /// The scores in worksheet order, with their keys.
            pub fn items(&self) -> [(&'static str, $crate::model::Score); 4] {
                [$((stringify!($field), self.$field)),*]
            }

            pub fn item(&self, key: &str) -> $crate::model::Score {
                match key {
                    $(stringify!($field) => self.$field,)*
                    _ => $crate::model::Score(None),
                }
            }

            pub fn item_mut(&mut self, key: &str) -> Option<&mut $crate::model::Score> {
                match key {
                    $(stringify!($field) => Some(&mut self.$field),)*
                    _ => None,
                }
            }
        }
    };
}
