"""Cross-article work on the store: stories, events reported many times, claims that disagree."""
