"""Meeting recordings: the microphone and the computer audio captured together, aligned into one file."""
