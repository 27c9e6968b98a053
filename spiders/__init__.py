"""Crawling only: Scrapy settings, the source registry, the spider, the offline archive."""
