"""Labelled evaluation of the boilerplate cleaner (generated sets and the hand-labelled seeds)."""
