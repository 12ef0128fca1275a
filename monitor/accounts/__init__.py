"""Account-level (stateful) building blocks: request features, per-account records, handle and
template tables. The detectors in ``monitor/detectors/campaign_*.py`` compose them."""
