use std::io;

use serde::Serialize;
use serde_json::ser::{CharEscape, CompactFormatter, Formatter};

use super::walk::Written;
use super::Plan;

/// An array of plain values stays on one line up to this many characters.
const INLINE_WIDTH: usize = 160;

/// Writes a plan as plan-format.md lays it out: keys in document order, blanks as `null` /
/// `""`, two-space indentation, and each object of plain values on one line, as in
/// `examples/northwind.json`.
pub fn write_plan(plan: &Plan) -> String {
    write(plan, false)
}

/// As [`write_plan`], leaving out blank fields and records with nothing but blanks, which a
/// reader takes as blank: a share link's plan, much shorter while the plan is mostly blank.
pub fn write_sparse(plan: &Plan) -> String {
    write(plan, true)
}

fn write(plan: &Plan, sparse: bool) -> String {
    let mut out = Vec::new();
    let layout = Layout {
        out: &mut out,
        open: Vec::new(),
    };
    // Writing to memory fails only for a map with non-text keys, which a plan does not have.
    if Written(plan, sparse)
        .serialize(&mut serde_json::Serializer::with_formatter(
            io::sink(),
            layout,
        ))
        .is_err()
    {
        return String::new();
    }
    out.push(b'\n');
    String::from_utf8(out).unwrap_or_default()
}

/// serde_json's [`Formatter`] for the plan file's layout, writing into `out`. An object or a
/// list is laid out one entry a line as it is written once it is known to be (an object near
/// the top, or one holding another); otherwise its entries are written one after another and
/// laid out when it ends, when whether it fits on one line is known. A plan of 2 MiB is thus
/// copied about once, not once for every level it is nested in.
struct Layout<'a> {
    out: &'a mut Vec<u8>,
    open: Vec<Open>,
}

struct Open {
    /// Where its opening bracket is in `out`.
    start: usize,
    /// Where each entry (`"key": value`, or a list's value) starts in `out`.
    entries: Vec<usize>,
    object: bool,
    /// Laid out one entry a line as it is written.
    block: bool,
}

impl Layout<'_> {
    /// Starts an object or a list; the one around it, now known to hold one, becomes a block.
    fn begin(&mut self, object: bool) {
        if self.open.last().is_some_and(|o| !o.block) {
            self.lay_out_as_block();
        }
        let depth = self.open.len();
        self.out.push(if object { b'{' } else { b'[' });
        self.open.push(Open {
            start: self.out.len() - 1,
            entries: Vec::new(),
            object,
            block: object && depth < 2,
        });
    }

    fn indent(&mut self, depth: usize) {
        self.out.push(b'\n');
        self.out.resize(self.out.len() + 2 * depth, b' ');
    }

    fn next_entry(&mut self) {
        let depth = self.open.len();
        let Some(open) = self.open.last() else {
            return;
        };
        if open.block {
            if !open.entries.is_empty() {
                self.out.push(b',');
            }
            self.indent(depth);
        }
        let at = self.out.len();
        if let Some(open) = self.open.last_mut() {
            open.entries.push(at);
        }
    }

    /// Lays out the innermost open one, written so far one entry after another, as a block.
    fn lay_out_as_block(&mut self) {
        let depth = self.open.len();
        let Some(mut open) = self.open.pop() else {
            return;
        };
        let written = self.out.split_off(open.start + 1);
        let bounds = entry_bounds(&open.entries, open.start + 1, written.len());
        open.entries.clear();
        for (i, (from, to)) in bounds.into_iter().enumerate() {
            if i > 0 {
                self.out.push(b',');
            }
            self.indent(depth);
            open.entries.push(self.out.len());
            self.out.extend_from_slice(&written[from..to]);
        }
        open.block = true;
        self.open.push(open);
    }

    /// Lays out the object (`{}`) or list (`[]`) that ends here.
    fn end(&mut self) {
        if self
            .open
            .last()
            .is_some_and(|o| !o.block && !o.entries.is_empty() && !self.fits())
        {
            self.lay_out_as_block();
        }
        let Some(done) = self.open.pop() else {
            return;
        };
        let depth = self.open.len();
        if done.block {
            if !done.entries.is_empty() {
                self.indent(depth);
            }
        } else if !done.entries.is_empty() {
            let written = self.out.split_off(done.start + 1);
            let space: &[u8] = if done.object { b" " } else { b"" };
            self.out.extend_from_slice(space);
            let bounds = entry_bounds(&done.entries, done.start + 1, written.len());
            for (i, (from, to)) in bounds.into_iter().enumerate() {
                if i > 0 {
                    self.out.extend_from_slice(b", ");
                }
                self.out.extend_from_slice(&written[from..to]);
            }
            self.out.extend_from_slice(space);
        }
        self.out.push(if done.object { b'}' } else { b']' });
    }

    /// Whether the innermost open one, written so far one entry after another, fits on one line:
    /// an object of plain values always does, a list while its line, after its key and indent, is
    /// at most [`INLINE_WIDTH`] long.
    fn fits(&self) -> bool {
        let [outer @ .., open] = self.open.as_slice() else {
            return true;
        };
        if open.object {
            return true;
        }
        let written = self.out.len() - (open.start + 1);
        let line = 2 + written + 2 * open.entries.len().saturating_sub(1);
        let lead = outer
            .last()
            .and_then(|o| o.entries.last())
            .map_or(0, |&entry| open.start - entry);
        2 * outer.len() + lead + line <= INLINE_WIDTH
    }
}

/// Each entry's start and end in the text written after `base`, `len` bytes long.
fn entry_bounds(entries: &[usize], base: usize, len: usize) -> Vec<(usize, usize)> {
    let starts = entries.iter().map(|&e| e - base);
    let ends = entries.iter().skip(1).map(|&e| e - base).chain([len]);
    starts.zip(ends).collect()
}

/// Plain output is written as serde_json writes it compactly.
macro_rules! plain {
    ($($method:ident($($arg:ident: $t:ty),*);)*) => {$(
        fn $method<W: ?Sized + io::Write>(&mut self, _: &mut W $(, $arg: $t)*) -> io::Result<()> {
            CompactFormatter.$method(self.out $(, $arg)*)
        }
    )*};
}

impl Formatter for Layout<'_> {
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
    fn write_f64<W: ?Sized + io::Write>(&mut self, _: &mut W, value: f64) -> io::Result<()> {
        if value.fract() == 0.0 && value.abs() < 9_007_199_254_740_992.0 {
            CompactFormatter.write_i64(self.out, value as i64)
        } else {
            CompactFormatter.write_f64(self.out, value)
        }
    }

    fn begin_array<W: ?Sized + io::Write>(&mut self, _: &mut W) -> io::Result<()> {
        self.begin(false);
        Ok(())
    }

    fn end_array<W: ?Sized + io::Write>(&mut self, _: &mut W) -> io::Result<()> {
        self.end();
        Ok(())
    }

    fn begin_array_value<W: ?Sized + io::Write>(&mut self, _: &mut W, _: bool) -> io::Result<()> {
        self.next_entry();
        Ok(())
    }

    fn end_array_value<W: ?Sized + io::Write>(&mut self, _: &mut W) -> io::Result<()> {
        Ok(())
    }

    fn begin_object<W: ?Sized + io::Write>(&mut self, _: &mut W) -> io::Result<()> {
        self.begin(true);
        Ok(())
    }

    fn end_object<W: ?Sized + io::Write>(&mut self, _: &mut W) -> io::Result<()> {
        self.end();
        Ok(())
    }

    fn begin_object_key<W: ?Sized + io::Write>(&mut self, _: &mut W, _: bool) -> io::Result<()> {
        self.next_entry();
        Ok(())
    }

    fn end_object_key<W: ?Sized + io::Write>(&mut self, _: &mut W) -> io::Result<()> {
        Ok(())
    }

    fn begin_object_value<W: ?Sized + io::Write>(&mut self, _: &mut W) -> io::Result<()> {
        self.out.extend_from_slice(b": ");
        Ok(())
    }

    fn end_object_value<W: ?Sized + io::Write>(&mut self, _: &mut W) -> io::Result<()> {
        Ok(())
    }
}
