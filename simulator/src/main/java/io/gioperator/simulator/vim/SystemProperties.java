package io.gioperator.simulator.vim;

import io.gioperator.simulator.session.Session;
import io.gioperator.simulator.soap.V;
import io.gioperator.simulator.vim.SessionObjects.Collector;
import io.gioperator.simulator.vim.SessionObjects.ContainerView;
import io.gioperator.simulator.vim.SessionObjects.Filter;

/** Properties of non-inventory objects: Task.info, ContainerView, PropertyCollector/Filter, SessionManager. */
final class SystemProperties {
    private SystemProperties() {
    }

    static V.Obj userSession(VimContext ctx, Session s) {
        return ctx.schema.build("UserSession").str("key", s.key()).str("userName", s.userName())
                .str("fullName", s.userName().substring(0, s.userName().indexOf('@') < 0 ? s.userName().length()
                        : s.userName().indexOf('@')))
                .time("loginTime", s.loginTime()).time("lastActiveTime", s.lastActive()).str("locale", "en")
                .str("messageLocale", "en").bool("extensionSession", false).str("ipAddress", s.ipAddress())
                .str("userAgent", s.userAgent()).num("callCount", s.callCount()).done();
    }

    static void register(VimContext ctx) {
        PropertyModel m = ctx.properties;
        m.define("Task", "info", "TaskInfo", (o, s) -> ((Task) o).info(ctx.schema));
        m.define("ContainerView", "view", (o, s) -> {
            ContainerView v = (ContainerView) o;
            return EntityProperties.refs(Containment.view(v.container(), v.types(), v.recursive()));
        });
        m.define("ContainerView", "container", (o, s) -> ((ContainerView) o).container().ref());
        m.define("ContainerView", "type", (o, s) -> V.strArray(((ContainerView) o).types()));
        m.define("ContainerView", "recursive", (o, s) -> V.bool(((ContainerView) o).recursive()));
        m.define("PropertyCollector", "filter",
                (o, s) -> o instanceof Collector c ? V.refArray(c.filters.stream().map(Filter::ref).toList())
                        : V.refArray(java.util.List.of()));
        m.define("PropertyFilter", "spec", "PropertyFilterSpec", (o, s) -> ((Filter) o).spec);
        m.define("PropertyFilter", "partialUpdates", (o, s) -> V.bool(((Filter) o).partialUpdates));
        m.define("SessionManager", "currentSession", "UserSession",
                (o, s) -> s == null ? null : userSession(ctx, s));
    }
}
