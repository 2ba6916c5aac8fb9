package io.gioperator.simulator.vim;

import io.gioperator.simulator.session.Session;
import io.gioperator.simulator.soap.Faults;
import io.gioperator.simulator.soap.SoapFault;
import io.gioperator.simulator.soap.SoapHandler;
import io.gioperator.simulator.soap.V;
import io.gioperator.simulator.vim.SessionObjects.Collector;
import io.gioperator.simulator.vim.SessionObjects.Filter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * PropertyCollector methods: RetrieveProperties(Ex) with paging, ContinueRetrievePropertiesEx, filters, and
 * WaitForUpdatesEx (versions, maxWaitSeconds, maxObjectUpdates, cancellation). Runs under the world lock;
 * WaitForUpdatesEx releases it while waiting.
 */
final class CollectorMethods {
    /** The server's page size when the client sets no (or a larger) maxObjects. */
    static final int SERVER_PAGE_LIMIT = 1000;
    private static final long MAX_SLICE_NANOS = 1_000_000_000L;
    private final VimContext ctx;
    private final Retriever retriever;
    private final UpdateCalculator updates;

    CollectorMethods(VimContext ctx) {
        this.ctx = ctx;
        this.retriever = new Retriever(ctx);
        this.updates = new UpdateCalculator(ctx, retriever);
    }

    private List<V.Obj> contents(List<V.Obj> specs, Session s) throws SoapFault {
        List<V.Obj> out = new ArrayList<>();
        for (V.Obj spec : specs) {
            for (Map.Entry<V.Ref, Map<String, V>> e : retriever.evaluate(spec, s, false).entrySet()) {
                out.add(retriever.objectContent(e.getKey(), e.getValue()));
            }
        }
        return out;
    }

    List<V.Obj> retrieveProperties(Session s, List<V.Obj> specs) throws SoapFault {
        return contents(specs, s);
    }

    V.Obj retrievePropertiesEx(Session s, Collector c, List<V.Obj> specs, Integer maxObjects) throws SoapFault {
        if (maxObjects != null && maxObjects < 0) {
            throw Faults.invalidArgument("options.maxObjects");
        }
        List<V.Obj> all = contents(specs, s);
        if (all.isEmpty()) {
            return null;
        }
        int page = maxObjects == null || maxObjects == 0 ? SERVER_PAGE_LIMIT : Math.min(maxObjects,
                SERVER_PAGE_LIMIT);
        return page(c, all, page);
    }

    private V.Obj page(Collector c, List<V.Obj> remaining, int pageSize) {
        List<V.Obj> first = remaining.subList(0, Math.min(pageSize, remaining.size()));
        String token = null;
        if (remaining.size() > pageSize) {
            token = ctx.world.uuid();
            c.pages.put(token, new ArrayList<>(remaining.subList(pageSize, remaining.size())));
            c.pageSizes.put(token, pageSize);
        }
        return ctx.schema.build("RetrieveResult").str("token", token).all("objects", first).done();
    }

    V.Obj continueRetrieve(Collector c, String token) throws SoapFault {
        List<V.Obj> rest = c.pages.remove(token);
        Integer size = c.pageSizes.remove(token);
        if (rest == null) {
            throw Faults.invalidArgument("token");
        }
        return page(c, rest, size);
    }

    void cancelRetrieve(Collector c, String token) throws SoapFault {
        if (c.pages.remove(token) == null) {
            throw Faults.invalidArgument("token");
        }
        c.pageSizes.remove(token);
    }

    V.Ref createFilter(Collector c, V.Obj spec, boolean partialUpdates, Session s) throws SoapFault {
        retriever.evaluate(spec, s, false);
        Filter f = ctx.objects.newFilter(c, spec, partialUpdates);
        ctx.world.touch();
        return f.ref();
    }

    /** Blocks (lock released) until there are updates, the wait times out (null), or it is cancelled. */
    V.Obj waitForUpdatesEx(Session s, Collector c, String version, Integer maxWaitSeconds, Integer maxUpdates)
            throws SoapFault {
        if (version == null || version.isEmpty()) {
            c.filters.forEach(f -> {
                f.reported = new java.util.HashMap<>();
                f.previous = new java.util.HashMap<>();
            });
        } else if (version.equals(c.previousVersion) && !version.equals(c.version)) {
            c.filters.forEach(f -> f.reported = f.previous);
        } else if (!version.equals(c.version)) {
            throw new SoapFault("InvalidCollectorVersion", "The specified version \"" + version
                    + "\" is not valid for this property collector.");
        }
        long generation = ++c.waitGeneration;
        c.cancelRequested = false;
        long deadline = maxWaitSeconds == null ? Long.MAX_VALUE : System.nanoTime() + maxWaitSeconds * 1_000_000_000L;
        long seen = -1;
        while (true) {
            if (ctx.down.get()) {
                throw new SoapHandler.Abort();
            }
            if (!ctx.sessions.list().contains(s)) {
                throw Faults.notAuthenticated(c.ref());
            }
            if (c.cancelRequested || c.waitGeneration != generation) {
                if (c.waitGeneration == generation) {
                    c.cancelRequested = false;
                }
                throw Faults.requestCanceled();
            }
            if (ctx.world.version() != seen) {
                seen = ctx.world.version();
                V.Obj set = updates.next(c, s, maxUpdates);
                if (set != null) {
                    return set;
                }
            }
            long remaining = deadline - System.nanoTime();
            if (maxWaitSeconds != null && (maxWaitSeconds <= 0 || remaining <= 0)) {
                return null;
            }
            try {
                ctx.world.await(Math.min(remaining, MAX_SLICE_NANOS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SoapHandler.Abort();
            }
        }
    }

    void cancelWait(Collector c) {
        c.cancelRequested = true;
        ctx.world.wakeAll();
    }
}
