package nl.ijw.gateway.web;

/** One page or API endpoint. */
@FunctionalInterface
interface Handler {
    Response handle(Request request) throws Exception;
}
