// The text layer's public types (`Language`, `Normalizer`, `Tokenizer`…) are part of
// the library's API: a `Verdict` names its `Language`.
@_exported import DecorumText
