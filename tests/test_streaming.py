"""Streaming: topics for corpora beyond memory, and readers that read
CSV/JSONL line by line. Synthetic data only (no FA-KES needed)."""

from __future__ import annotations

import json

import numpy as np
import pytest
from _synthetic import make_corpus

from newstag.corpus.readers import Item, ReadContext, Skipped, read_input
from newstag.topics import StreamingTopicModel
from newstag.topics.scores import adjusted_rand


@pytest.fixture(scope="module")
def corpus():
    return make_corpus(60, seed=3)


@pytest.fixture(scope="module")
def fitted(corpus):
    return StreamingTopicModel(chunk_size=40, sample_size=120, random_state=0).fit(corpus)


def _groups(corpus):
    return corpus["group"].astype("category").cat.codes.to_numpy()


def test_recovers_the_planted_topics(corpus, fitted):
    assert fitted.n_topics_ == 4
    assert fitted.n_items_ == len(corpus)
    assert adjusted_rand(fitted.labels_, _groups(corpus)) == pytest.approx(1.0)
    assert fitted.k_range_ == (2, 9) and 0.9 <= fitted.stability_ari_ <= 1.0


def test_same_hierarchy_as_the_in_memory_model(corpus, fitted):
    assert sorted(fitted.levels_) == list(range(1, fitted.n_fine_topics_ + 1))
    for m in range(1, fitted.n_fine_topics_):
        finer, coarser = fitted.at(m + 1), fitted.at(m)
        np.testing.assert_array_equal(fitted.parents(m + 1, m)[finer], coarser)
    assert fitted.n_themes_ == 2
    np.testing.assert_array_equal(fitted.predict(corpus, n_topics=2), fitted.at(2))
    two = fitted.topic_labels(2)
    assert set(two) == {0, 1} and all(two.values())
    # a theme's terms come from the planted vocabularies of its topics
    from _synthetic import VOCABULARIES

    for theme, terms in fitted.topic_terms(2).items():
        groups = set(corpus["group"][fitted.at(2) == theme])
        allowed = {w for g in groups for w in VOCABULARIES[g]}
        assert {t for t, _ in terms[:10]} <= allowed


def test_topics_are_numbered_by_size_and_named_by_their_words(corpus, fitted):
    assert list(fitted.topic_sizes_) == sorted(fitted.topic_sizes_, reverse=True)
    assert fitted.topic_sizes_.sum() == len(corpus)
    from _synthetic import VOCABULARIES

    for topic in range(fitted.n_topics_):
        terms = [term for term, _ in fitted.topic_terms_[topic][:5]]
        owners = {name for name, words in VOCABULARIES.items() if set(terms) <= set(words)}
        assert len(owners) == 1, terms  # every top term from one planted vocabulary
        assert fitted.topic_labels_[topic] == ", ".join(terms[:3])


def test_same_seed_same_topics_whatever_the_chunk_size(corpus, fitted):
    again = StreamingTopicModel(chunk_size=40, sample_size=120, random_state=0).fit(corpus)
    np.testing.assert_array_equal(again.labels_, fitted.labels_)
    np.testing.assert_array_equal(again.sample_index_, fitted.sample_index_)
    other_chunks = StreamingTopicModel(chunk_size=17, sample_size=120, random_state=0).fit(corpus)
    assert adjusted_rand(other_chunks.labels_, fitted.labels_) == pytest.approx(1.0)


def test_sample_is_reproducible_uniform_and_in_source_order(corpus, fitted):
    index = fitted.sample_index_
    assert len(index) == 120 and len(set(index)) == 120
    assert list(index) == sorted(index)
    assert index.max() >= 200  # drawn from the whole stream, not just its start
    np.testing.assert_array_equal(fitted.sample_labels_, fitted.labels_[index])
    assert fitted.sample_embedding_.shape == (120, fitted.svd_.n_components)
    seeded = StreamingTopicModel(chunk_size=40, sample_size=120, random_state=1).fit(corpus)
    assert list(seeded.sample_index_) != list(index)


def test_predict_matches_labels(corpus, fitted):
    np.testing.assert_array_equal(fitted.predict(corpus), fitted.labels_)


def test_sources_lists_callables_and_files_agree(corpus, fitted, tmp_path):
    texts = [f"{t}\n{x}" for t, x in zip(corpus["title"], corpus["text"])]
    from_list = StreamingTopicModel(chunk_size=40, sample_size=120, random_state=0).fit(texts)
    np.testing.assert_array_equal(from_list.labels_, fitted.labels_)
    path = tmp_path / "items.jsonl"
    path.write_text("".join(json.dumps({"id": f"i{i}", "title": t, "text": x}) + "\n"
                            for i, (t, x) in enumerate(zip(corpus["title"], corpus["text"]))), encoding="utf-8")
    from_file = StreamingTopicModel(chunk_size=40, sample_size=120, random_state=0).fit(path)
    np.testing.assert_array_equal(from_file.labels_, fitted.labels_)
    from_callable = StreamingTopicModel(chunk_size=40, sample_size=120, random_state=0).fit(lambda: iter(texts))
    np.testing.assert_array_equal(from_callable.labels_, fitted.labels_)


def test_fixed_number_of_topics(corpus):
    model = StreamingTopicModel(n_topics=2, chunk_size=50, sample_size=80, random_state=0).fit(corpus)
    assert model.n_topics_ == 2 and model.n_fine_topics_ == 4
    assert len(np.unique(model.labels_)) == 2


def test_sample_larger_than_corpus_uses_every_item(corpus):
    model = StreamingTopicModel(n_topics=4, chunk_size=1000, sample_size=10_000, random_state=0).fit(corpus)
    assert list(model.sample_index_) == list(range(len(corpus)))


def test_bad_settings_and_tiny_or_changing_sources():
    with pytest.raises(ValueError, match="n_topics"):
        StreamingTopicModel(n_topics=0).fit(["a b", "c d", "e f"])
    with pytest.raises(ValueError, match="at least 3"):
        StreamingTopicModel().fit(["only one text"])
    mixed = ["alpha beta gamma"] * 5 + ["delta epsilon zeta"] * 5
    calls = iter([mixed, mixed[:5]])  # the second pass sees fewer items
    with pytest.raises(ValueError, match="same items each time"):
        StreamingTopicModel(n_topics=2, chunk_size=4, sample_size=10, min_df=1, max_df=1.0).fit(lambda: next(calls))


def test_sample_map_is_reproducible(fitted):
    first = fitted.sample_map(n_neighbors=5)
    assert first.shape == (120, 2)
    np.testing.assert_array_equal(fitted.sample_map(n_neighbors=5), first)


# --- readers stream CSV and JSONL -----------------------------------------------


def test_large_jsonl_streams_with_the_same_items(tmp_path, monkeypatch):
    import newstag.corpus.records as records

    monkeypatch.setattr(records, "LOOKAHEAD", 3)
    path = tmp_path / "big.jsonl"
    lines = [json.dumps({"id": f"j{i}", "text": f"Text number {i}.", "title": f"T{i}"}) for i in range(50)]
    lines.insert(10, "not json")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    records = list(read_input(str(path), ReadContext()))
    items = [r for r in records if isinstance(r, Item)]
    assert [i.id for i in items] == [f"j{i}" for i in range(50)]
    assert items[-1].origin.endswith("big.jsonl:51") and items[-1].title == "T49"
    [bad] = [r for r in records if isinstance(r, Skipped)]
    assert bad.where.endswith("big.jsonl:11")


def test_csv_with_bad_bytes_on_several_lines_counts_the_file_once(tmp_path):
    path = tmp_path / "bytes.csv"
    path.write_bytes(b"id,text\n" + b"".join(b"r%d,Syria\x95_s army row %d \x95\x81 moved.\n" % (i, i) for i in range(5)))
    ctx = ReadContext()
    records = list(read_input(str(path), ctx))
    assert [r.text for r in records][:2] == ["Syria's army row 0 moved.", "Syria's army row 1 moved."]
    assert ctx.repairs.undecodable_runs == 10
    assert ctx.repairs.items_repaired == 1


def test_csv_quoted_newlines_and_windows_line_ends(tmp_path):
    path = tmp_path / "crlf.csv"
    path.write_bytes(b'id,text\r\na,"First line\r\nsecond line"\r\nb,Other text\r\n')
    records = list(read_input(str(path), ReadContext()))
    assert [r.id for r in records] == ["a", "b"]
    assert records[0].text == "First line\nsecond line"
    assert records[1].origin.endswith("crlf.csv:4")


def test_file_of_whitespace_longer_than_the_probe_is_empty(tmp_path):
    path = tmp_path / "blank.jsonl"
    path.write_bytes(b" \n" * 20_000)
    [record] = list(read_input(str(path), ReadContext()))
    assert isinstance(record, Skipped) and "file is empty" in record.reason
