"""Background work: the transcription pipeline of one job and the runner that works the queue."""
