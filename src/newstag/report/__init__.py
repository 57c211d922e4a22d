"""The report stage: figures and tables from the corpus, its topics and its tags.

- :mod:`~newstag.report.style`: colours, sizes and axis styles shared by every figure.
- :mod:`~newstag.report.plots`: corpus, topic and tag figures (``ax=None``, return the Figure).
- :mod:`~newstag.report.model_plots`: the tagger's precision-recall and learning curves.
- :mod:`~newstag.report.interactive`: the offline HTML map.
- :mod:`~newstag.report.figures`: ``make_figures``, every figure and table of ``newstag figures``.
"""
