"""rtmon: a streaming monitor for hidden-reasoning and system-prompt extraction in LLM traffic."""

__version__ = "0.1.0"
