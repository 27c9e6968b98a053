"""The packaged token embeddings the task model reads: read from the installed wordllama package,
pieces tokenised as the tokenizer would, the same vector however a text's pieces are remembered, and a
clear error when the package or its files are missing."""

import sys

import numpy as np
import pytest

from pipeline import embeddings
from pipeline.embeddings import EmbeddingError, Embedder, load


@pytest.fixture(scope="module")
def emb():
    return load()


def fresh(emb):
    """The same embeddings with nothing remembered yet."""
    return Embedder(emb.name, emb.sha256, emb.matrix, emb.tokenizer)


def tokens_sum(emb, text):
    ids = emb.tokenizer.encode(text, add_special_tokens=False).ids
    return emb.matrix[ids].sum(axis=0)


def unit(v):
    return v / np.linalg.norm(v)


def test_a_vector_is_the_unit_sum_of_its_pieces_tokens(emb):
    # each piece is tokenised as if a space preceded it ("▁talent", "▁:"), less a word-start marker
    # that stays a token of its own ("▁", "人"); each piece as often as it occurs
    tid = emb.tokenizer.token_to_id
    assert emb.tokenizer.encode("人", add_special_tokens=False).tokens == ["\u2581", "人"]
    want = (tokens_sum(emb, "talent") + 2 * tokens_sum(emb, "returnees") + tokens_sum(emb, ":")
            + 2 * emb.matrix[tid("人")])
    got = emb.embed("returnees: returnees talent 人人")
    assert np.allclose(got, unit(want), atol=1e-5)
    assert got.dtype == np.float32 and np.linalg.norm(got) == pytest.approx(1.0, abs=1e-5)
    assert not np.allclose(emb.embed("Returnees talent"), emb.embed("returnees talent"))  # the model reads lower case


def test_white_space_is_no_piece_and_an_empty_text_is_zeros(emb):
    assert np.allclose(emb.embed("中关村 人才"), emb.embed("中关村\u3000\u00a0人才\n"), atol=1e-6)
    assert not emb.embed("").any() and not emb.embed(" \u3000\n").any()


def test_remembered_pieces_give_the_same_vectors(emb):
    texts = ["中关村科技园区支持海外人才回国创业。", "Zhongguancun incubators back 40 start-ups.", "孵化器 incubator 孵化器"]
    a = fresh(emb)
    first = [a.embed(t) for t in texts]
    again = [a.embed(t) for t in reversed(texts)][::-1]
    b = fresh(emb)
    other = [b.embed(t) for t in reversed(texts)][::-1]
    assert all(np.array_equal(x, y) for x, y in zip(first, again))
    assert all(np.allclose(x, y, atol=1e-6) for x, y in zip(first, other))


def test_the_store_of_pieces_grows_and_is_bounded(emb, monkeypatch):
    texts = ["".join(chr(0x4E00 + i) for i in range(k, k + 120)) + " talent" for k in (0, 60, 500)]
    want = [fresh(emb).embed(t) for t in texts]  # nothing forgotten
    a = fresh(emb)
    monkeypatch.setattr(embeddings, "_CACHE_MAX", 50)
    got = [a.embed(t) for t in texts]
    assert len(a._index) <= 121  # forgotten before each text once over the bound; a text's own pieces stay
    assert all(np.allclose(x, y, atol=1e-6) for x, y in zip(got, want))


def test_a_lone_surrogate_is_no_token(emb):
    assert np.allclose(emb.embed("talent \ud800 中"), emb.embed("talent 中"), atol=1e-6)


def test_similar_words_are_closer_than_unrelated_ones(emb):
    a, b, c = (emb.embed(t) for t in ("talent policy for returnees", "overseas talent introduction",
                                        "chip manufacturing equipment"))
    assert a @ b > a @ c + 0.1


def test_a_missing_package_or_file_is_a_clear_error(monkeypatch, tmp_path):
    load.cache_clear()
    try:
        monkeypatch.setitem(sys.modules, "wordllama", None)  # as if not installed
        with pytest.raises(EmbeddingError, match="needs the 'wordllama' package"):
            load()
        monkeypatch.setattr(embeddings, "_package_dir", lambda: tmp_path)
        with pytest.raises(EmbeddingError, match="l2_supercat_256.safetensors: not found in the installed wordllama"):
            load()
        (tmp_path / "weights").mkdir()
        (tmp_path / "tokenizers").mkdir()
        (tmp_path / "weights" / "l2_supercat_256.safetensors").write_bytes(b"not a tensor file")
        (tmp_path / "tokenizers" / "l2_supercat_tokenizer_config.json").write_text("{}", encoding="utf-8")
        with pytest.raises(EmbeddingError, match="cannot read the packaged embeddings"):
            load()
    finally:
        monkeypatch.undo()
        load.cache_clear()
