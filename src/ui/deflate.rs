//! Raw deflate through the browser's `CompressionStream` / `DecompressionStream`: no
//! compression code in the download. (web-sys has them only behind its unstable-API flag.)

use js_sys::Uint8Array;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, ReadableStream, ReadableWritablePair, Response, WritableStream};

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

/// `bytes` deflated (`compress`) or inflated; `Err` when the browser cannot, or the input is
/// not deflate data.
pub async fn deflate_raw(bytes: &[u8], compress: bool) -> Result<Vec<u8>, JsValue> {
    let parts = js_sys::Array::of1(&Uint8Array::from(bytes));
    let input = Blob::new_with_u8_array_sequence(&parts)?.stream();
    let pair = if compress {
        let stream = CompressionStream::new("deflate-raw")?;
        ReadableWritablePair::new(&stream.readable(), &stream.writable())
    } else {
        let stream = DecompressionStream::new("deflate-raw")?;
        ReadableWritablePair::new(&stream.readable(), &stream.writable())
    };
    let output = input.pipe_through(&pair);
    let response = Response::new_with_opt_readable_stream(Some(&output))?;
    let buffer = JsFuture::from(response.array_buffer()?).await?;
    Ok(Uint8Array::new(&buffer).to_vec())
}
