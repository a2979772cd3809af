"""Who speaks when: voice prints, their clustering and the labelling of a transcript (see labelling.py)."""
