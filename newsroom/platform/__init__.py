"""Running the newsroom in production: page cache, CDN purge, media storage errors, security headers."""
