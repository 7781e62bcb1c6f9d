use std::io;

use serde::Serialize;
use serde_json::ser::{CharEscape, CompactFormatter, Formatter};

use super::Plan;

/// An array of plain values stays on one line up to this many characters.
const INLINE_WIDTH: usize = 160;

/// Writes a plan as plan-format.md lays it out: keys in document order, blanks as `null` /
/// `""`, two-space indentation, and each object of plain values on one line, as in
/// `examples/northwind.json`.
pub fn write_plan(plan: &Plan) -> String {
    let mut out = Vec::new();
    let mut serializer = serde_json::Serializer::with_formatter(&mut out, Layout::default());
    // Writing to memory fails only for a map with non-text keys, which a plan does not have.
    if plan.serialize(&mut serializer).is_err() {
        return String::new();
    }
    out.push(b'\n');
    String::from_utf8(out).unwrap_or_default()
}

/// serde_json's [`Formatter`] for the plan file's layout. Whether an object or a list fits on
/// one line is known only at its end, so each open one collects its entries as written, and
/// is laid out and handed to the one around it when it closes.
#[derive(Default)]
struct Layout {
    open: Vec<Open>,
}

#[derive(Default)]
struct Open {
    /// `"key": value` of an object, or the values of a list.
    entries: Vec<Vec<u8>>,
    /// Whether one of the entries is an object or a list.
    nested: bool,
}

impl Layout {
    /// Writes plain output into the entry being written, or out when nothing is open.
    fn put<W: ?Sized + io::Write>(&mut self, writer: &mut W, bytes: &[u8]) -> io::Result<()> {
        match self.open.last_mut().and_then(|o| o.entries.last_mut()) {
            Some(entry) => {
                entry.extend_from_slice(bytes);
                Ok(())
            }
            None => writer.write_all(bytes),
        }
    }

    fn begin(&mut self) {
        if let Some(outer) = self.open.last_mut() {
            outer.nested = true;
        }
        self.open.push(Open::default());
    }

    fn next_entry(&mut self) {
        if let Some(open) = self.open.last_mut() {
            open.entries.push(Vec::new());
        }
    }

    /// Lays out the object (`{}`) or list (`[]`) that ends here.
    fn end<W: ?Sized + io::Write>(&mut self, writer: &mut W, brackets: &[u8; 2]) -> io::Result<()> {
        let done = self.open.pop().unwrap_or_default();
        let depth = self.open.len();
        let (open, close) = (brackets[0], brackets[1]);
        let object = open == b'{';
        let one_line = |space: &[u8]| {
            let mut line = vec![open];
            line.extend_from_slice(space);
            line.extend(done.entries.join(&b", "[..]));
            line.extend_from_slice(space);
            line.push(close);
            line
        };
        let laid = if done.entries.is_empty() {
            brackets.to_vec()
        } else if object && depth >= 2 && !done.nested {
            one_line(b" ")
        } else {
            let line = one_line(b"");
            let lead = self
                .open
                .last()
                .and_then(|o| o.entries.last())
                .map_or(0, Vec::len);
            if !object && !done.nested && 2 * depth + lead + line.len() <= INLINE_WIDTH {
                line
            } else {
                let mut block = vec![open, b'\n'];
                for (i, entry) in done.entries.iter().enumerate() {
                    if i > 0 {
                        block.extend_from_slice(b",\n");
                    }
                    block.extend(b"  ".repeat(depth + 1));
                    block.extend_from_slice(entry);
                }
                block.push(b'\n');
                block.extend(b"  ".repeat(depth));
                block.push(close);
                block
            }
        };
        self.put(writer, &laid)
    }
}

/// Plain output is written as serde_json writes it compactly, into the current entry.
macro_rules! plain {
    ($($method:ident($($arg:ident: $t:ty),*);)*) => {$(
        fn $method<W: ?Sized + io::Write>(&mut self, writer: &mut W $(, $arg: $t)*) -> io::Result<()> {
            match self.open.last_mut().and_then(|o| o.entries.last_mut()) {
                Some(entry) => CompactFormatter.$method(entry $(, $arg)*),
                None => CompactFormatter.$method(writer $(, $arg)*),
            }
        }
    )*};
}

impl Formatter for Layout {
    plain! {
        write_null();
        write_bool(value: bool);
        write_i8(value: i8);
        write_i16(value: i16);
        write_i32(value: i32);
        write_i64(value: i64);
        write_i128(value: i128);
        write_u8(value: u8);
        write_u16(value: u16);
        write_u32(value: u32);
        write_u64(value: u64);
        write_u128(value: u128);
        write_f32(value: f32);
        write_number_str(value: &str);
        begin_string();
        end_string();
        write_string_fragment(fragment: &str);
        write_char_escape(escape: CharEscape);
        write_raw_fragment(fragment: &str);
    }

    /// Whole numbers are written without a fraction (`170000`, not `170000.0`).
    fn write_f64<W: ?Sized + io::Write>(&mut self, writer: &mut W, value: f64) -> io::Result<()> {
        if value.fract() == 0.0 && value.abs() < 9_007_199_254_740_992.0 {
            self.write_i64(writer, value as i64)
        } else {
            match self.open.last_mut().and_then(|o| o.entries.last_mut()) {
                Some(entry) => CompactFormatter.write_f64(entry, value),
                None => CompactFormatter.write_f64(writer, value),
            }
        }
    }

    fn begin_array<W: ?Sized + io::Write>(&mut self, _: &mut W) -> io::Result<()> {
        self.begin();
        Ok(())
    }

    fn end_array<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.end(writer, b"[]")
    }

    fn begin_array_value<W: ?Sized + io::Write>(&mut self, _: &mut W, _: bool) -> io::Result<()> {
        self.next_entry();
        Ok(())
    }

    fn end_array_value<W: ?Sized + io::Write>(&mut self, _: &mut W) -> io::Result<()> {
        Ok(())
    }

    fn begin_object<W: ?Sized + io::Write>(&mut self, _: &mut W) -> io::Result<()> {
        self.begin();
        Ok(())
    }

    fn end_object<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.end(writer, b"{}")
    }

    fn begin_object_key<W: ?Sized + io::Write>(&mut self, _: &mut W, _: bool) -> io::Result<()> {
        self.next_entry();
        Ok(())
    }

    fn end_object_key<W: ?Sized + io::Write>(&mut self, _: &mut W) -> io::Result<()> {
        Ok(())
    }

    fn begin_object_value<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.put(writer, b": ")
    }

    fn end_object_value<W: ?Sized + io::Write>(&mut self, _: &mut W) -> io::Result<()> {
        Ok(())
    }
}
