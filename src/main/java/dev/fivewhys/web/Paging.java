package dev.fivewhys.web;

import java.util.List;

/** One page of a list, with what the pager needs. Pages are numbered from 1. */
public record Paging<T>(List<T> items, int page, int size, long total) {

    public static final int DEFAULT_SIZE = 25;

    public static int clampPage(Integer page) {
        return page == null || page < 1 ? 1 : page;
    }

    public int pageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pageCount();
    }

    public int previous() {
        return page - 1;
    }

    public int next() {
        return page + 1;
    }
}
