"""Diagnostic: baseline NewsTagger learning curve (F1 when training on a fraction of each
training fold), seeds 7/11/13, averaged. Is more labelled data the lever?"""
import pandas as pd
from newstag.evaluate import learning_curve
from newstag.labels import tags_to_matrix
from newstag.model import NewsTagger
from newstag.train import labelled_training_data
frame = labelled_training_data(); Y = tags_to_matrix(frame["tags"]); X = frame[["title", "text"]].reset_index(drop=True)
curves = [learning_curve(lambda: NewsTagger(), X, Y, fractions=(0.25, 0.5, 0.75, 1.0), random_state=s) for s in (7, 11, 13)]
pd.set_option("display.width", 200)
print(pd.concat(curves).groupby("fraction").mean().round(4).to_string())
