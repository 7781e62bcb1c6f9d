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

        impl $crate::model::fields::Fields for $name {
            fn fields(&self, f: &mut dyn FnMut(&'static str, &dyn $crate::model::fields::Field)) {
                $(f(stringify!($field), &self.$field);)*
            }
            fn fields_mut(&mut self, f: &mut dyn FnMut(&'static str, &mut dyn $crate::model::fields::Field)) {
                $(f(stringify!($field), &mut self.$field);)*
            }
        }

        impl $crate::model::fields::Field for $name {
            fn read(&mut self, value: &serde_json::Value, path: &str) -> Result<(), $crate::model::ImportError> {
                $crate::model::fields::read_fields(self, value, path, Self::KEYS)
            }
            fn write(&self) -> serde_json::Value {
                $crate::model::value::ToJson::to_json(self)
            }
            fn walk_field(&self, path: &str, f: &mut dyn FnMut(&str, $crate::model::walk::Leaf<'_>)) {
                $crate::model::fields::walk_fields(self, path, f)
            }
            fn walk_field_mut(&mut self, path: &str, f: &mut dyn FnMut(&str, $crate::model::walk::LeafMut<'_>)) {
                $crate::model::fields::walk_fields_mut(self, path, f)
            }
            fn at(&self, path: &str, f: &mut dyn FnMut($crate::model::walk::Leaf<'_>)) {
                $crate::model::fields::at_fields(self, path, f)
            }
            fn at_mut(&mut self, path: &str, f: &mut dyn FnMut($crate::model::walk::LeafMut<'_>)) {
                $crate::model::fields::at_fields_mut(self, path, f)
            }
        }

        impl $crate::model::value::FromJson for $name {
            const MAX_ROWS: usize = $max_rows;

            fn from_json(value: &serde_json::Value, path: &str) -> Result<Self, $crate::model::ImportError> {
                $crate::model::fields::read_record(value, path, Self::KEYS)
            }
        }

        impl $crate::model::value::ToJson for $name {
            fn to_json(&self) -> serde_json::Value {
                let mut map = serde_json::Map::new();
                $crate::model::fields::write_fields(self, &mut map);
                serde_json::Value::Object(map)
            }
        }

        impl $crate::model::walk::Walk for $name {
            fn walk(&self, path: &str, f: &mut dyn FnMut(&str, $crate::model::walk::Leaf<'_>)) {
                $crate::model::fields::walk_fields(self, path, f)
            }
            fn walk_mut(&mut self, path: &str, f: &mut dyn FnMut(&str, $crate::model::walk::LeafMut<'_>)) {
                $crate::model::fields::walk_fields_mut(self, path, f)
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
