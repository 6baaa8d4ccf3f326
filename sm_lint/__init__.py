"""sm-lint: checks social-media posts against a company's social media guideline."""

__version__ = "0.1.0"
