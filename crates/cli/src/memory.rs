//! The server's allocator. With glibc's, an idle server that had 9 MB in use held 69 MB: what
//! a busy moment freed stayed with the process (bench/RESULTS.md, issue 12). jemalloc, with a
//! background thread that returns pages unused for about a second (`.cargo/config.toml`),
//! gives it back. Unprefixed, so SQLite's own allocations (its page caches, the largest) use
//! it too.

#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

/// Whether freed memory goes back to the system by itself: jemalloc's background thread runs.
pub fn returns_memory() -> bool {
    tikv_jemalloc_ctl::background_thread::read().unwrap_or(false)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_allocator_is_built_to_give_freed_memory_back() {
        assert!(super::returns_memory(), "jemalloc's background thread runs");
        let conf = tikv_jemalloc_ctl::config::malloc_conf::read().unwrap();
        assert!(conf.contains("background_thread:true"), "{conf}");
        assert!(conf.contains("dirty_decay_ms:1000"), "built with .cargo/config.toml's setting: {conf}");
        // That it does so under load is measured, not asserted: bench/RESULTS.md (idle RSS).
    }
}
