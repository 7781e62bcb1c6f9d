//! Raw deflate through the browser's `CompressionStream` / `DecompressionStream`: no
//! compression code in the download. (web-sys has them only behind its unstable-API flag.)

use js_sys::Uint8Array;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    ReadableStream, ReadableStreamDefaultReader, ReadableStreamReadResult, WritableStream,
};

#[wasm_bindgen]
extern "C" {
    type CompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<CompressionStream, JsValue>;
    #[wasm_bindgen(method, getter)]
    fn readable(this: &CompressionStream) -> ReadableStream;
    #[wasm_bindgen(method, getter)]
    fn writable(this: &CompressionStream) -> WritableStream;

    type DecompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<DecompressionStream, JsValue>;
    #[wasm_bindgen(method, getter)]
    fn readable(this: &DecompressionStream) -> ReadableStream;
    #[wasm_bindgen(method, getter)]
    fn writable(this: &DecompressionStream) -> WritableStream;
}

/// `bytes` deflated (`compress`) or inflated, reading no further once the output passes
/// `limit` bytes: a link of a few hundred kilobytes can inflate to gigabytes. The input goes
/// in small pieces, which the browser works through only as the output is read, so such an
/// output is never held whole. `Err` when the browser cannot, or the input is not deflate data.
pub async fn deflate_raw(bytes: &[u8], compress: bool, limit: usize) -> Result<Vec<u8>, JsValue> {
    let (readable, writable) = if compress {
        let stream = CompressionStream::new("deflate-raw")?;
        (stream.readable(), stream.writable())
    } else {
        let stream = DecompressionStream::new("deflate-raw")?;
        (stream.readable(), stream.writable())
    };
    let writer = writable.get_writer()?;
    // Each piece's promise is rejected once the stream stops (a cut link: "Compressed input was
    // truncated"). A future made at once handles it at once: one handled only after the reading
    // below is reported to the console as unhandled when the reading takes long.
    let mut written: Vec<JsFuture> = bytes
        .chunks(1024)
        .map(|piece| JsFuture::from(writer.write_with_chunk(&Uint8Array::from(piece))))
        .collect();
    written.push(JsFuture::from(writer.close()));
    let reader: ReadableStreamDefaultReader = readable.get_reader().unchecked_into();
    let mut out = Vec::new();
    let mut failed = None;
    while out.len() <= limit {
        let chunk = match JsFuture::from(reader.read()).await {
            Ok(chunk) => ReadableStreamReadResult::unchecked_from_js(chunk),
            Err(e) => {
                failed = Some(e);
                break;
            }
        };
        if chunk.get_done() != Some(false) {
            break;
        }
        out.extend(Uint8Array::new(&chunk.get_value()).to_vec());
    }
    let _ = JsFuture::from(reader.cancel()).await;
    for piece in written {
        let _ = piece.await;
    }
    failed.map_or(Ok(out), Err)
}
