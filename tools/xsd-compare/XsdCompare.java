import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Differential tester for two sets of XML Schemas that are meant to accept exactly the same
 * documents (e.g. a published schema set and a re-written one).
 *
 * <pre>
 *   java XsdCompare.java REF_XSD_DIR OUR_XSD_DIR EXAMPLES_DIR [options]
 *
 *   options:
 *     --threads N      worker threads (default: number of CPUs)
 *     --show N         print at most N disagreements in detail (default 50)
 *     --no-pool        do not try every enumeration value of the reference on every short leaf
 *     --seeds-out DIR  write the (repaired / generated) seed documents to DIR for inspection
 * </pre>
 *
 * What it does (JDK only, javax.xml.validation):
 * <ol>
 *   <li>compiles every *.xsd of REF_XSD_DIR and the file of the same name in OUR_XSD_DIR;</li>
 *   <li>model check: expands the content model of every global element of both sets into a
 *       canonical tree (element names/namespaces, order, cardinality, resolved simple-type facet
 *       layers, type names) and reports every difference;</li>
 *   <li>validates every example (*.xml) of EXAMPLES_DIR against both sets;</li>
 *   <li>builds seed documents: the examples (invalid ones are repaired greedily on an in-memory
 *       copy until the reference accepts them), plus for every global element a "full" document
 *       (every optional element present, repeating elements twice) and a "minimal" document
 *       generated from the reference model;</li>
 *   <li>applies many mutations per seed (delete / duplicate / swap / move / unknown element /
 *       namespace change / attributes / xsi:type / xsi:nil / emptied content / mixed text, and
 *       for every leaf a large set of values: empty, whitespace, long, letters, digits,
 *       boundary lengths and values, invalid dates and times, signs, decimals, every enumeration
 *       value, ...) and reports every mutation on which the two schema sets disagree.</li>
 * </ol>
 * Exit code 0 when there is no disagreement and no model difference, 1 otherwise.
 */
public class XsdCompare {

    static final String XS = XMLConstants.W3C_XML_SCHEMA_NS_URI;
    static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;
    static final String XMLNS = XMLConstants.XMLNS_ATTRIBUTE_NS_URI;

    // ------------------------------------------------------------------------------------------
    // options / state
    // ------------------------------------------------------------------------------------------
    static int threads = Runtime.getRuntime().availableProcessors();
    static int show = 50;
    static boolean usePool = true;
    static Path seedsOut;
    static boolean profile;
    static boolean seedsOnly;

    static final Map<String, Schema> refSchemas = new TreeMap<>();
    static final Map<String, Schema> ourSchemas = new TreeMap<>();
    static final Map<String, String> fileTns = new TreeMap<>();      // file -> targetNamespace (ref)
    static Model refModel;
    static Model ourModel;
    static final Map<String, String> nsPrefix = new LinkedHashMap<>(); // namespace -> prefix

    public static void main(String[] args) throws Exception {
        List<String> pos = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--threads": threads = Integer.parseInt(args[++i]); break;
                case "--show": show = Integer.parseInt(args[++i]); break;
                case "--no-pool": usePool = false; break;
                case "--seeds-out": seedsOut = Path.of(args[++i]); break;
                case "--profile": profile = true; break;
                case "--seeds-only": seedsOnly = true; break;
                default: pos.add(args[i]);
            }
        }
        if (pos.size() != 3) {
            System.err.println("usage: java XsdCompare.java REF_XSD_DIR OUR_XSD_DIR EXAMPLES_DIR"
                    + " [--threads N] [--show N] [--no-pool] [--seeds-out DIR]");
            System.exit(2);
        }
        Path refDir = Path.of(pos.get(0)), ourDir = Path.of(pos.get(1)), exDir = Path.of(pos.get(2));
        long t0 = System.currentTimeMillis();
        int problems = 0;

        // 1. compile ------------------------------------------------------------------------
        List<String> files = new ArrayList<>();
        try (var s = Files.list(refDir)) {
            s.filter(p -> p.toString().endsWith(".xsd")).map(p -> p.getFileName().toString()).sorted()
                    .forEach(files::add);
        }
        refModel = new Model();
        ourModel = new Model();
        for (String f : files) {
            Path rp = refDir.resolve(f), op = ourDir.resolve(f);
            refSchemas.put(f, compile(rp));
            if (!Files.exists(op)) {
                System.out.println("MISSING in ours: " + f);
                problems++;
                continue;
            }
            ourSchemas.put(f, compile(op));
            fileTns.put(f, refModel.load(rp));
            String ourTns = ourModel.load(op);
            if (!fileTns.get(f).equals(ourTns)) {
                System.out.println("targetNamespace differs for " + f + ": " + fileTns.get(f) + " vs " + ourTns);
                problems++;
            }
        }
        System.out.println("Compiled " + refSchemas.size() + " reference and " + ourSchemas.size()
                + " own schema files.");

        // 2. model comparison -----------------------------------------------------------------
        problems += compareModels();

        // 3. examples ---------------------------------------------------------------------------
        List<Path> examples = new ArrayList<>();
        try (var s = Files.list(exDir)) {
            s.filter(p -> p.toString().endsWith(".xml")).sorted().forEach(examples::add);
        }
        System.out.println();
        System.out.println("== Examples as given ==");
        List<Seed> seeds = new ArrayList<>();
        Map<String, Set<String>> harvest = new HashMap<>();
        List<Document> exampleDocs = new ArrayList<>();
        int exampleDisagree = 0;
        for (Path ex : examples) {
            String xml = Files.readString(ex, StandardCharsets.UTF_8);
            Document d = parse(xml);
            exampleDocs.add(d);
            collectPrefixes(d.getDocumentElement());
            harvestValues(d.getDocumentElement(), harvest);
            String file = schemaFileFor(d.getDocumentElement());
            if (file == null) {
                System.out.printf("  %-12s no schema for root namespace %s%n", ex.getFileName(),
                        d.getDocumentElement().getNamespaceURI());
                continue;
            }
            Outcome r = validate(refSchemas.get(file), xml);
            Outcome o = validate(ourSchemas.get(file), xml);
            boolean same = r.kind.equals(o.kind);
            if (!same) exampleDisagree++;
            System.out.printf("  %-12s ref=%-7s ours=%-7s %s%s%n", ex.getFileName(), r.kind, o.kind,
                    same ? "agree" : "DISAGREE",
                    r.kind.equals("VALID") ? "" : "   (ref: " + r.message + ")");
        }
        problems += exampleDisagree;

        // 4. seeds ------------------------------------------------------------------------------
        System.out.println();
        System.out.println("== Seeds ==");
        for (int i = 0; i < examples.size(); i++) {
            Document d = exampleDocs.get(i);
            String file = schemaFileFor(d.getDocumentElement());
            if (file == null) continue;
            String name = examples.get(i).getFileName().toString();
            Seed s = makeSeed("example:" + name, file, d, harvest);
            if (s != null) seeds.add(s);
        }
        for (String ns : fileTns.values()) prefixFor(ns);
        prefixFor("urn:example:other");
        for (String f : files) {
            if (!ourSchemas.containsKey(f)) continue;
            for (Map.Entry<String, String> ge : refModel.elementFile.entrySet()) {
                if (!ge.getValue().equals(f)) continue;
                CNode node = refModel.globalElement(ge.getKey());
                for (boolean full : new boolean[] {true, false}) {
                    Document d = newDoc();
                    Element root = generate(d, node, full, harvest, 0);
                    d.appendChild(root);
                    for (Map.Entry<String, String> e : nsPrefix.entrySet()) {
                        root.setAttributeNS(XMLNS, "xmlns:" + e.getValue(), e.getKey());
                    }
                    Seed s = makeSeed((full ? "full:" : "minimal:") + f.replace(".xsd", "") + ":"
                            + node.name, f, d, harvest);
                    if (s != null) seeds.add(s);
                }
            }
        }
        if (seedsOut != null) {
            Files.createDirectories(seedsOut);
            for (Seed s : seeds) {
                Files.writeString(seedsOut.resolve(s.id.replace(':', '_').replace(".xml", "") + ".xml"),
                        s.xml, StandardCharsets.UTF_8);
            }
        }

        if (seedsOnly) {
            System.out.println("seeds: " + seeds.size());
            System.exit(problems == 0 ? 0 : 1);
        }
        // 5. mutations -------------------------------------------------------------------------
        List<Mutation> muts = new ArrayList<>();
        Set<String> leafDedup = new HashSet<>();
        Set<String> pool = new LinkedHashSet<>();
        if (usePool) {
            pool.addAll(refModel.allEnumerations());
            for (Set<String> v : harvest.values()) for (String x : v) if (x.length() <= 12) pool.add(x);
        }
        for (Seed s : seeds) buildMutations(s, muts, leafDedup, pool);
        System.out.println();
        System.out.println("== Mutations == " + muts.size() + " mutations over " + seeds.size() + " seeds, "
                + threads + " threads");

        ExecutorService ex = Executors.newFixedThreadPool(threads);
        List<Future<String>> futs = new ArrayList<>();
        AtomicInteger done = new AtomicInteger();
        Map<String, AtomicInteger> stats = new ConcurrentHashMap<>();
        for (Mutation m : muts) {
            futs.add(ex.submit(() -> {
                String res = runMutation(m, stats);
                int n = done.incrementAndGet();
                if (n % 50000 == 0) System.out.println("  ... " + n + " done");
                return res;
            }));
        }
        List<String> disagreements = new ArrayList<>();
        Map<String, Integer> groups = new TreeMap<>();
        for (int i = 0; i < futs.size(); i++) {
            String r = futs.get(i).get();
            if (r != null) {
                disagreements.add(r);
                Mutation m = muts.get(i);
                Element target = allElements(m.seed.doc).get(m.index);
                groups.merge(m.seed.file + " " + path(target) + " [" + m.op + "]", 1, Integer::sum);
            }
        }
        ex.shutdown();
        if (!groups.isEmpty()) {
            System.out.println("  disagreements by schema / element path / operation:");
            groups.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(40)
                    .forEach(e -> System.out.printf("    %6d  %s%n", e.getValue(), e.getKey()));
        }
        for (int i = 0; i < Math.min(show, disagreements.size()); i++) System.out.println(disagreements.get(i));
        if (disagreements.size() > show) System.out.println("  ... and " + (disagreements.size() - show) + " more");

        if (profile) {
            TIMES.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum())).limit(25)
                    .forEach(e -> System.out.printf("  time %-30s %8d ms%n", e.getKey(), e.getValue().sum() / 1_000_000));
        }
        System.out.println();
        System.out.println("== Summary ==");
        System.out.println("  examples checked:        " + examples.size() + " (disagreements: " + exampleDisagree + ")");
        System.out.println("  seeds:                   " + seeds.size());
        System.out.println("  mutations compared:      " + muts.size());
        System.out.println("  outcomes (ref side):     " + new TreeMap<>(stats));
        System.out.println("  mutation disagreements:  " + disagreements.size());
        System.out.println("  model differences:       " + modelDiffCount);
        System.out.println("  time:                    " + (System.currentTimeMillis() - t0) / 1000 + " s");
        problems += disagreements.size();
        System.exit(problems == 0 ? 0 : 1);
    }

    // ------------------------------------------------------------------------------------------
    // compiling / validating
    // ------------------------------------------------------------------------------------------
    static Schema compile(Path p) throws SAXException {
        SchemaFactory sf = SchemaFactory.newInstance(XS);
        sf.setErrorHandler(new ErrorHandler() {
            public void warning(SAXParseException e) {}
            public void error(SAXParseException e) throws SAXException { throw e; }
            public void fatalError(SAXParseException e) throws SAXException { throw e; }
        });
        return sf.newSchema(p.toFile());
    }

    static final class Outcome {
        final String kind;     // VALID, INVALID, CRASH:<class>
        final String message;  // first error
        final int errors;
        Outcome(String kind, String message, int errors) { this.kind = kind; this.message = message; this.errors = errors; }
    }

    static final ThreadLocal<Map<Schema, Validator>> VALIDATORS = ThreadLocal.withInitial(HashMap::new);

    static Outcome validate(Schema schema, String xml) {
        Map<Schema, Validator> vs = VALIDATORS.get();
        Validator v = vs.computeIfAbsent(schema, Schema::newValidator);
        final int[] count = {0};
        final String[] first = {null};
        try {
            v.reset();
            v.setErrorHandler(new ErrorHandler() {
                public void warning(SAXParseException e) {}
                public void error(SAXParseException e) {
                    count[0]++;
                    if (first[0] == null) first[0] = e.getMessage();
                }
                public void fatalError(SAXParseException e) throws SAXException { throw e; }
            });
            v.validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException e) {
            count[0]++;
            if (first[0] == null) first[0] = e.getMessage();
        } catch (Throwable t) {
            vs.remove(schema);
            return new Outcome("CRASH:" + t.getClass().getSimpleName(), String.valueOf(t.getMessage()), 1000);
        }
        return count[0] == 0 ? new Outcome("VALID", null, 0) : new Outcome("INVALID", first[0], count[0]);
    }

    static String schemaFileFor(Element root) {
        String ns = root.getNamespaceURI() == null ? "" : root.getNamespaceURI();
        for (Map.Entry<String, String> e : fileTns.entrySet()) {
            if (e.getValue().equals(ns) && refModel.elements.containsKey(key(ns, root.getLocalName()))) {
                return e.getKey();
            }
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------
    // XML helpers
    // ------------------------------------------------------------------------------------------
    static final ThreadLocal<DocumentBuilder> BUILDERS = ThreadLocal.withInitial(() -> {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return f.newDocumentBuilder();
        } catch (Exception e) {
            throw new RuntimeException(e);
        }
    });

    static Document parse(String xml) {
        try {
            return BUILDERS.get().parse(new InputSource(new StringReader(xml)));
        } catch (SAXException | IOException e) {
            throw new RuntimeException(e);
        }
    }

    static Document parseFile(Path p) {
        try {
            Document d = BUILDERS.get().parse(p.toFile());
            return d;
        } catch (SAXException | IOException e) {
            throw new RuntimeException(p + ": " + e.getMessage(), e);
        }
    }

    static Document newDoc() {
        return BUILDERS.get().newDocument();
    }

    static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element) out.add((Element) n);
        }
        return out;
    }

    static List<Element> allElements(Document d) {
        List<Element> out = new ArrayList<>();
        Deque<Element> st = new ArrayDeque<>();
        st.push(d.getDocumentElement());
        while (!st.isEmpty()) {
            Element e = st.pop();
            out.add(e);
            List<Element> k = children(e);
            for (int i = k.size() - 1; i >= 0; i--) st.push(k.get(i));
        }
        return out;
    }

    static boolean isLeaf(Element e) {
        return children(e).isEmpty();
    }

    static String path(Element e) {
        StringBuilder sb = new StringBuilder();
        for (Node n = e; n instanceof Element; n = n.getParentNode()) {
            sb.insert(0, "/" + ((Element) n).getLocalName());
        }
        return sb.toString();
    }

    static String indexedPath(Element e) {
        StringBuilder sb = new StringBuilder();
        for (Node n = e; n instanceof Element; n = n.getParentNode()) {
            Element el = (Element) n;
            int idx = 1;
            for (Node s = el.getPreviousSibling(); s != null; s = s.getPreviousSibling()) {
                if (s instanceof Element && Objects.equals(((Element) s).getLocalName(), el.getLocalName())) idx++;
            }
            sb.insert(0, "/" + el.getLocalName() + (idx > 1 ? "[" + idx + "]" : ""));
        }
        return sb.toString();
    }

    /** Serializes a namespace-aware DOM, declaring namespaces where needed. */
    static String serialize(Document d) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        ser(d.getDocumentElement(), new HashMap<>(), sb);
        return sb.toString();
    }

    static void ser(Element e, Map<String, String> scope, StringBuilder sb) {
        Map<String, String> sc = new HashMap<>(scope);
        StringBuilder attrs = new StringBuilder();
        NamedNodeMap am = e.getAttributes();
        List<Attr> plain = new ArrayList<>();
        for (int i = 0; i < am.getLength(); i++) {
            Attr a = (Attr) am.item(i);
            if (XMLNS.equals(a.getNamespaceURI())) {
                String p = "xmlns".equals(a.getName()) ? "" : a.getLocalName();
                if (!a.getValue().equals(sc.get(p))) {
                    sc.put(p, a.getValue());
                    attrs.append(' ').append(a.getName()).append("=\"").append(escAttr(a.getValue())).append('"');
                }
            } else {
                plain.add(a);
            }
        }
        String ns = e.getNamespaceURI() == null ? "" : e.getNamespaceURI();
        String prefix = e.getPrefix() == null ? "" : e.getPrefix();
        if (!ns.equals(sc.getOrDefault(prefix, ""))) {
            sc.put(prefix, ns);
            attrs.append(' ').append(prefix.isEmpty() ? "xmlns" : "xmlns:" + prefix).append("=\"")
                    .append(escAttr(ns)).append('"');
        }
        for (Attr a : plain) {
            if (a.getNamespaceURI() != null && a.getPrefix() != null
                    && !a.getNamespaceURI().equals(sc.get(a.getPrefix()))) {
                sc.put(a.getPrefix(), a.getNamespaceURI());
                attrs.append(" xmlns:").append(a.getPrefix()).append("=\"").append(escAttr(a.getNamespaceURI()))
                        .append('"');
            }
            attrs.append(' ').append(a.getName()).append("=\"").append(escAttr(a.getValue())).append('"');
        }
        String tag = e.getTagName();
        sb.append('<').append(tag).append(attrs);
        if (e.getFirstChild() == null) {
            sb.append("/>");
            return;
        }
        sb.append('>');
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element) ser((Element) n, sc, sb);
            else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE)
                sb.append(escText(n.getNodeValue()));
            else if (n.getNodeType() == Node.COMMENT_NODE) sb.append("<!--").append(n.getNodeValue()).append("-->");
        }
        sb.append("</").append(tag).append('>');
    }

    static String escText(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&': sb.append("&amp;"); break;
                case '<': sb.append("&lt;"); break;
                case '>': sb.append("&gt;"); break;
                case '\r': sb.append("&#13;"); break;
                default: sb.append(c);
            }
        }
        return sb.toString();
    }

    static String escAttr(String s) {
        return escText(s).replace("\"", "&quot;").replace("\t", "&#9;").replace("\n", "&#10;");
    }

    static void collectPrefixes(Element root) {
        NamedNodeMap am = root.getAttributes();
        for (int i = 0; i < am.getLength(); i++) {
            Attr a = (Attr) am.item(i);
            if (XMLNS.equals(a.getNamespaceURI()) && !"xmlns".equals(a.getName())) {
                nsPrefix.putIfAbsent(a.getValue(), a.getLocalName());
            }
        }
    }

    static synchronized String prefixFor(String ns) {
        if (ns == null || ns.isEmpty()) return null;
        return nsPrefix.computeIfAbsent(ns, k -> "n" + nsPrefix.size());
    }

    static void harvestValues(Element e, Map<String, Set<String>> harvest) {
        List<Element> k = children(e);
        if (k.isEmpty()) {
            harvest.computeIfAbsent(e.getLocalName(), x -> new LinkedHashSet<>()).add(e.getTextContent());
        }
        for (Element c : k) harvestValues(c, harvest);
    }

    // ------------------------------------------------------------------------------------------
    // schema model (canonical expansion)
    // ------------------------------------------------------------------------------------------
    static String key(String ns, String local) {
        return "{" + (ns == null ? "" : ns) + "}" + local;
    }

    static final class CNode {
        String kind;       // element, complex, simple, sequence, choice, all, any, attribute, recursive, other
        String label;
        String typeName;   // {ns}name of a named type, null when anonymous
        String ns, name;   // element
        int min = 1, max = 1; // max -1 = unbounded
        List<Map<String, List<String>>> layers = new ArrayList<>(); // simple
        final List<CNode> kids = new ArrayList<>();

        CNode(String kind) { this.kind = kind; }

        String shortName() {
            if ("element".equals(kind)) return name;
            return kind;
        }

        CNode type() { return kids.isEmpty() ? null : kids.get(0); }

        String primitive() {
            for (Map<String, List<String>> l : layers) if (l.containsKey("builtin")) return l.get("builtin").get(0);
            return "";
        }

        List<String> facet(String f) {
            List<String> out = new ArrayList<>();
            for (Map<String, List<String>> l : layers) if (l.containsKey(f)) out.addAll(l.get(f));
            return out;
        }

        /** enumeration of the most derived layer that has one (they must all hold, the last is the tightest in practice). */
        List<String> enumeration() {
            List<String> out = null;
            for (Map<String, List<String>> l : layers) if (l.containsKey("enumeration")) out = l.get("enumeration");
            return out == null ? List.of() : out;
        }
    }

    static final class Model {
        final Map<String, Element> types = new HashMap<>();
        final Map<String, Element> elements = new LinkedHashMap<>();
        final Map<String, String> elementFile = new LinkedHashMap<>();
        final Map<String, Element> groups = new HashMap<>();
        final Map<String, Element> attributeGroups = new HashMap<>();
        final Map<String, Element> attributes = new HashMap<>();
        final Set<Path> loaded = new HashSet<>();
        final Map<String, CNode> typeCache = new HashMap<>();
        final Set<String> inProgress = new HashSet<>();
        final Set<String> warnings = new LinkedHashSet<>();

        /** loads a schema document (and what it imports/includes); returns its targetNamespace. */
        String load(Path p) throws IOException {
            Path real = p.toRealPath();
            Document d = parseFile(real);
            Element root = d.getDocumentElement();
            String tns = root.getAttribute("targetNamespace");
            if (!loaded.add(real)) return tns;
            for (Element c : children(root)) {
                String ln = c.getLocalName();
                switch (ln) {
                    case "import": case "include": case "redefine": case "override":
                        if (c.hasAttribute("schemaLocation")) {
                            load(real.getParent().resolve(c.getAttribute("schemaLocation")));
                        }
                        if (!ln.equals("import") && !ln.equals("include")) warnings.add("unsupported: xs:" + ln);
                        break;
                    case "complexType": case "simpleType":
                        types.put(key(tns, c.getAttribute("name")), c);
                        break;
                    case "element":
                        elements.put(key(tns, c.getAttribute("name")), c);
                        elementFile.put(key(tns, c.getAttribute("name")), real.getFileName().toString());
                        break;
                    case "group": groups.put(key(tns, c.getAttribute("name")), c); break;
                    case "attributeGroup": attributeGroups.put(key(tns, c.getAttribute("name")), c); break;
                    case "attribute": attributes.put(key(tns, c.getAttribute("name")), c); break;
                    default: break;
                }
            }
            return tns;
        }

        Set<String> namedTypes(String ns) {
            Set<String> out = new HashSet<>();
            for (String k : types.keySet()) if (k.startsWith("{" + ns + "}")) out.add(k);
            return out;
        }

        Set<String> allEnumerations() {
            Set<String> out = new LinkedHashSet<>();
            for (Element t : types.values()) collectEnums(t, out);
            for (Element t : elements.values()) collectEnums(t, out);
            return out;
        }

        void collectEnums(Element e, Set<String> out) {
            if (XS.equals(e.getNamespaceURI()) && "enumeration".equals(e.getLocalName())) out.add(e.getAttribute("value"));
            for (Element c : children(e)) collectEnums(c, out);
        }

        static String[] qname(Element ctx, String v) {
            v = v.trim();
            int c = v.indexOf(':');
            String prefix = c < 0 ? null : v.substring(0, c);
            String local = c < 0 ? v : v.substring(c + 1);
            String ns = ctx.lookupNamespaceURI(prefix);
            return new String[] {ns == null ? "" : ns, local};
        }

        static int occ(Element e, String attr) {
            if (!e.hasAttribute(attr)) return 1;
            String v = e.getAttribute(attr).trim();
            return "unbounded".equals(v) ? -1 : Integer.parseInt(v);
        }

        static String occLabel(int min, int max) {
            return "[" + min + ".." + (max < 0 ? "*" : String.valueOf(max)) + "]";
        }

        CNode globalElement(String k) {
            Element decl = elements.get(k);
            return element(decl, true);
        }

        CNode element(Element decl, boolean global) {
            if (decl.hasAttribute("ref")) {
                String[] q = qname(decl, decl.getAttribute("ref"));
                Element g = elements.get(key(q[0], q[1]));
                CNode n = g == null ? unresolved("element " + key(q[0], q[1])) : element(g, true);
                CNode copy = new CNode("element");
                copy.ns = n.ns; copy.name = n.name; copy.typeName = n.typeName;
                copy.min = occ(decl, "minOccurs"); copy.max = occ(decl, "maxOccurs");
                copy.kids.addAll(n.kids);
                copy.label = n.label.replaceFirst("\\[[^\\]]*\\]", occLabel(copy.min, copy.max));
                return copy;
            }
            Element schemaRoot = decl.getOwnerDocument().getDocumentElement();
            String tns = schemaRoot.getAttribute("targetNamespace");
            String form = decl.hasAttribute("form") ? decl.getAttribute("form")
                    : schemaRoot.getAttribute("elementFormDefault");
            CNode n = new CNode("element");
            n.name = decl.getAttribute("name");
            n.ns = global || "qualified".equals(form) ? tns : "";
            if (!global) {
                n.min = occ(decl, "minOccurs");
                n.max = occ(decl, "maxOccurs");
            }
            StringBuilder lb = new StringBuilder("element " + key(n.ns, n.name) + " " + occLabel(n.min, n.max));
            for (String a : new String[] {"nillable", "default", "fixed", "abstract", "substitutionGroup", "block", "final"}) {
                if (decl.hasAttribute(a)) lb.append(' ').append(a).append('=').append(decl.getAttribute(a));
            }
            n.label = lb.toString();
            CNode t;
            if (decl.hasAttribute("type")) {
                String[] q = qname(decl, decl.getAttribute("type"));
                t = typeRef(q[0], q[1]);
            } else {
                t = null;
                for (Element c : children(decl)) {
                    if ("complexType".equals(c.getLocalName())) t = complex(c, null);
                    else if ("simpleType".equals(c.getLocalName())) t = simple(c, null);
                }
                if (t == null) {
                    t = new CNode("complex");
                    t.label = "anyType";
                }
            }
            n.kids.add(t);
            return n;
        }

        CNode unresolved(String what) {
            CNode n = new CNode("other");
            n.label = "UNRESOLVED " + what;
            return n;
        }

        CNode typeRef(String ns, String local) {
            if (XS.equals(ns)) {
                if ("anyType".equals(local)) {
                    CNode n = new CNode("complex");
                    n.label = "anyType";
                    return n;
                }
                CNode n = new CNode("simple");
                Map<String, List<String>> l = new TreeMap<>();
                l.put("builtin", List.of("xs:" + local));
                n.layers.add(l);
                n.label = "simple " + n.layers;
                return n;
            }
            String k = key(ns, local);
            CNode cached = typeCache.get(k);
            if (cached != null) return cached;
            if (inProgress.contains(k)) {
                CNode r = new CNode("recursive");
                r.label = "recursive " + k;
                r.typeName = k;
                return r;
            }
            Element t = types.get(k);
            if (t == null) return unresolved("type " + k);
            inProgress.add(k);
            CNode n = "complexType".equals(t.getLocalName()) ? complex(t, k) : simple(t, k);
            inProgress.remove(k);
            typeCache.put(k, n);
            return n;
        }

        CNode complex(Element ct, String name) {
            CNode n = new CNode("complex");
            n.typeName = name;
            StringBuilder lb = new StringBuilder("complex");
            for (String a : new String[] {"mixed", "abstract", "block", "final"}) {
                if (ct.hasAttribute(a)) lb.append(' ').append(a).append('=').append(ct.getAttribute(a));
            }
            for (Element c : children(ct)) {
                switch (c.getLocalName()) {
                    case "annotation": break;
                    case "sequence": case "choice": case "all": case "group": n.kids.add(group(c)); break;
                    case "attribute": n.kids.add(attribute(c)); break;
                    case "attributeGroup": n.kids.add(attributeGroup(c)); break;
                    case "anyAttribute":
                        CNode aa = new CNode("other");
                        aa.label = "anyAttribute ns=" + c.getAttribute("namespace") + " pc=" + c.getAttribute("processContents");
                        n.kids.add(aa);
                        break;
                    default:
                        warnings.add("unsupported construct xs:" + c.getLocalName() + " (compared textually)");
                        CNode o = new CNode("other");
                        o.label = "unsupported " + c.getLocalName() + ": " + textOf(c);
                        n.kids.add(o);
                }
            }
            n.label = lb.toString();
            return n;
        }

        String textOf(Element e) {
            StringBuilder sb = new StringBuilder("<" + e.getLocalName());
            NamedNodeMap am = e.getAttributes();
            for (int i = 0; i < am.getLength(); i++) sb.append(' ').append(am.item(i).getNodeName()).append('=').append(am.item(i).getNodeValue());
            sb.append('>');
            for (Element c : children(e)) if (!"annotation".equals(c.getLocalName())) sb.append(textOf(c));
            return sb.append("</>").toString();
        }

        CNode group(Element g) {
            if ("group".equals(g.getLocalName())) {
                String[] q = qname(g, g.getAttribute("ref"));
                Element def = groups.get(key(q[0], q[1]));
                if (def == null) return unresolved("group " + key(q[0], q[1]));
                for (Element c : children(def)) {
                    if (!"annotation".equals(c.getLocalName())) {
                        CNode inner = group(c);
                        CNode w = new CNode("sequence");
                        w.min = occ(g, "minOccurs");
                        w.max = occ(g, "maxOccurs");
                        w.label = "sequence " + occLabel(w.min, w.max);
                        w.kids.add(inner);
                        return w;
                    }
                }
                return unresolved("empty group");
            }
            CNode n = new CNode(g.getLocalName());
            n.min = occ(g, "minOccurs");
            n.max = occ(g, "maxOccurs");
            n.label = g.getLocalName() + " " + occLabel(n.min, n.max);
            for (Element c : children(g)) {
                switch (c.getLocalName()) {
                    case "annotation": break;
                    case "element": n.kids.add(element(c, false)); break;
                    case "sequence": case "choice": case "all": case "group": n.kids.add(group(c)); break;
                    case "any":
                        CNode a = new CNode("any");
                        a.min = occ(c, "minOccurs");
                        a.max = occ(c, "maxOccurs");
                        a.label = "any ns=" + c.getAttribute("namespace") + " pc=" + c.getAttribute("processContents")
                                + " " + occLabel(a.min, a.max);
                        n.kids.add(a);
                        break;
                    default: n.kids.add(unresolved("particle " + c.getLocalName()));
                }
            }
            return n;
        }

        CNode attribute(Element a) {
            CNode n = new CNode("attribute");
            Element decl = a;
            if (a.hasAttribute("ref")) {
                String[] q = qname(a, a.getAttribute("ref"));
                decl = attributes.get(key(q[0], q[1]));
                if (decl == null) return unresolved("attribute " + key(q[0], q[1]));
            }
            CNode t = null;
            if (decl.hasAttribute("type")) {
                String[] q = qname(decl, decl.getAttribute("type"));
                t = typeRef(q[0], q[1]);
            } else {
                for (Element c : children(decl)) if ("simpleType".equals(c.getLocalName())) t = simple(c, null);
            }
            n.label = "attribute " + decl.getAttribute("name") + " use=" + a.getAttribute("use") + " default="
                    + decl.getAttribute("default") + " fixed=" + decl.getAttribute("fixed") + " type="
                    + (t == null ? "anySimpleType" : t.label);
            return n;
        }

        CNode attributeGroup(Element ag) {
            CNode n = new CNode("other");
            String[] q = qname(ag, ag.getAttribute("ref"));
            Element def = attributeGroups.get(key(q[0], q[1]));
            n.label = "attributeGroup";
            if (def != null) {
                for (Element c : children(def)) {
                    if ("attribute".equals(c.getLocalName())) n.kids.add(attribute(c));
                    else if ("attributeGroup".equals(c.getLocalName())) n.kids.add(attributeGroup(c));
                }
            }
            return n;
        }

        CNode simple(Element st, String name) {
            CNode n = new CNode("simple");
            n.typeName = name;
            for (Element c : children(st)) {
                String ln = c.getLocalName();
                if ("restriction".equals(ln)) {
                    CNode base = null;
                    if (c.hasAttribute("base")) {
                        String[] q = qname(c, c.getAttribute("base"));
                        base = typeRef(q[0], q[1]);
                    }
                    Map<String, List<String>> own = new TreeMap<>();
                    for (Element f : children(c)) {
                        String fn = f.getLocalName();
                        if ("annotation".equals(fn)) continue;
                        if ("simpleType".equals(fn)) {
                            base = simple(f, null);
                            continue;
                        }
                        own.computeIfAbsent(fn, k -> new ArrayList<>()).add(f.getAttribute("value"));
                        if (f.hasAttribute("fixed")) own.computeIfAbsent(fn + "@fixed", k -> new ArrayList<>()).add(f.getAttribute("fixed"));
                    }
                    for (List<String> v : own.values()) Collections.sort(v);
                    if (base != null) n.layers.addAll(base.layers);
                    n.layers.add(own);
                } else if ("list".equals(ln) || "union".equals(ln)) {
                    Map<String, List<String>> l = new TreeMap<>();
                    List<String> parts = new ArrayList<>();
                    for (String a : new String[] {"itemType", "memberTypes"}) {
                        if (c.hasAttribute(a)) {
                            for (String t : c.getAttribute(a).trim().split("\\s+")) {
                                String[] q = qname(c, t);
                                parts.add(typeRef(q[0], q[1]).label);
                            }
                        }
                    }
                    for (Element s : children(c)) if ("simpleType".equals(s.getLocalName())) parts.add(simple(s, null).label);
                    l.put(ln, parts);
                    n.layers.add(l);
                }
            }
            n.label = "simple " + n.layers;
            return n;
        }
    }

    static int modelDiffCount = 0;

    static int compareModels() {
        System.out.println();
        System.out.println("== Model comparison (canonical content models of every global element) ==");
        List<String> diffs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String k : refModel.elements.keySet()) {
            if (!ourModel.elements.containsKey(k)) {
                diffs.add("global element " + k + " missing in ours");
                continue;
            }
            diff(refModel.globalElement(k), ourModel.globalElement(k), k, diffs, names);
        }
        for (String k : ourModel.elements.keySet()) {
            if (!refModel.elements.containsKey(k)) diffs.add("extra global element in ours: " + k);
        }
        Set<String> nss = new LinkedHashSet<>(fileTns.values());
        for (String ns : nss) {
            Set<String> r = refModel.namedTypes(ns), o = ourModel.namedTypes(ns);
            for (String t : r) if (!o.contains(t)) names.add("named type missing in ours: " + t);
            for (String t : o) if (!r.contains(t)) names.add("extra named type in ours: " + t);
        }
        for (String w : refModel.warnings) System.out.println("  warning (ref): " + w);
        for (String w : ourModel.warnings) System.out.println("  warning (ours): " + w);
        Set<String> uniq = new LinkedHashSet<>(diffs);
        Set<String> uniqNames = new LinkedHashSet<>(names);
        for (String d : uniq) System.out.println("  DIFF " + d);
        for (String d : uniqNames) System.out.println("  TYPE-NAME " + d);
        System.out.println("  structural differences: " + uniq.size() + ", type-name differences: " + uniqNames.size());
        modelDiffCount = uniq.size() + uniqNames.size();
        return modelDiffCount;
    }

    static void diff(CNode a, CNode b, String path, List<String> out, List<String> names) {
        if (!a.label.equals(b.label)) {
            out.add(path + ":\n       ref : " + abbreviate(a.label) + "\n       ours: " + abbreviate(b.label)
                    + facetDelta(a, b));
            if (!a.kind.equals(b.kind)) return;
        }
        if (!Objects.equals(a.typeName, b.typeName)) {
            names.add(path + ": ref type " + a.typeName + ", ours " + b.typeName);
        }
        if (a.kids.size() != b.kids.size()) {
            List<String> ka = new ArrayList<>(), kb = new ArrayList<>();
            for (CNode k : a.kids) ka.add(k.shortName());
            for (CNode k : b.kids) kb.add(k.shortName());
            out.add(path + ": children ref=" + ka + " ours=" + kb);
            return;
        }
        for (int i = 0; i < a.kids.size(); i++) {
            diff(a.kids.get(i), b.kids.get(i), path + "/" + a.kids.get(i).shortName(), out, names);
        }
    }

    static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "...(" + s.length() + " chars)" : s;
    }

    /** for two simple types: which facet values differ, layer by layer. */
    static String facetDelta(CNode a, CNode b) {
        if (!"simple".equals(a.kind) || !"simple".equals(b.kind)) return "";
        StringBuilder sb = new StringBuilder();
        if (a.layers.size() != b.layers.size()) {
            sb.append("\n       derivation depth: ref ").append(a.layers.size()).append(", ours ").append(b.layers.size());
        }
        for (int i = 0; i < Math.min(a.layers.size(), b.layers.size()); i++) {
            Set<String> keys = new java.util.TreeSet<>(a.layers.get(i).keySet());
            keys.addAll(b.layers.get(i).keySet());
            for (String k : keys) {
                List<String> x = a.layers.get(i).getOrDefault(k, List.of()), y = b.layers.get(i).getOrDefault(k, List.of());
                if (x.equals(y)) continue;
                List<String> onlyRef = new ArrayList<>(x), onlyOurs = new ArrayList<>(y);
                onlyRef.removeAll(y);
                onlyOurs.removeAll(x);
                sb.append("\n       layer ").append(i).append(' ').append(k).append(": only ref ").append(onlyRef)
                        .append(", only ours ").append(onlyOurs);
            }
        }
        return sb.toString();
    }

    /** maps instance elements to the element declarations (reference model) they match. */
    static void mapInstance(Element inst, CNode decl, Map<Element, CNode> out) {
        out.put(inst, decl);
        CNode t = decl.type();
        if (t == null || !"complex".equals(t.kind)) return;
        List<CNode> parts = new ArrayList<>();
        flattenElements(t, parts);
        for (Element c : children(inst)) {
            String ns = c.getNamespaceURI() == null ? "" : c.getNamespaceURI();
            for (CNode p : parts) {
                if (p.name.equals(c.getLocalName()) && p.ns.equals(ns)) {
                    mapInstance(c, p, out);
                    break;
                }
            }
        }
    }

    static void flattenElements(CNode n, List<CNode> out) {
        for (CNode k : n.kids) {
            if ("element".equals(k.kind)) out.add(k);
            else if (!"complex".equals(k.kind) && !"simple".equals(k.kind)) flattenElements(k, out);
        }
    }

    // ------------------------------------------------------------------------------------------
    // seeds
    // ------------------------------------------------------------------------------------------
    static final class Seed {
        String id, file, xml;
        Document doc;
        Map<Element, CNode> decls = new HashMap<>();
    }

    static Seed makeSeed(String id, String file, Document d, Map<String, Set<String>> harvest) {
        Schema ref = refSchemas.get(file);
        String xml = serialize(d);
        Outcome o = validate(ref, xml);
        List<String> fixes = new ArrayList<>();
        int guard = 0;
        while (!o.kind.equals("VALID") && guard++ < 60) {
            // greedy repair: best single step (value replacement first, then deletion)
            Document cur = parse(xml);
            Map<Element, CNode> decls = declsOf(cur);
            List<Element> els = allElements(cur);
            int bestErr = o.errors, bestSize = Integer.MAX_VALUE;
            String bestXml = null, bestDesc = null;
            for (int pass = 0; pass < 2 && bestXml == null; pass++) {
                for (int i = 0; i < els.size(); i++) {
                    Element e = els.get(i);
                    if (pass == 0) {
                        CNode decl = decls.get(e);
                        if (decl == null || decl.type() == null || !"simple".equals(decl.type().kind) || !isLeaf(e)) continue;
                        List<String> cands = candidates(decl, e.getTextContent(), harvest);
                        int tried = 0;
                        for (String v : cands) {
                            if (tried++ >= 20) break;
                            Document c = parse(xml);
                            Element t = allElements(c).get(i);
                            setText(t, v);
                            String cx = serialize(c);
                            Outcome co = validate(ref, cx);
                            if (co.errors < bestErr) {
                                bestErr = co.errors;
                                bestXml = cx;
                                bestDesc = "set " + indexedPath(e) + " '" + e.getTextContent() + "' -> '" + v + "'";
                            }
                        }
                    } else if (i > 0) {
                        CNode decl = decls.get(e);
                        if (decl != null && decl.min > 0 && countSame(e) <= decl.min) continue; // keep required elements
                        Document c = parse(xml);
                        Element t = allElements(c).get(i);
                        t.getParentNode().removeChild(t);
                        String cx = serialize(c);
                        Outcome co = validate(ref, cx);
                        int size = allElementsUnder(e);
                        if (co.errors < bestErr || (co.errors == bestErr && bestXml != null && size < bestSize)) {
                            bestErr = co.errors;
                            bestSize = size;
                            bestXml = cx;
                            bestDesc = "delete " + indexedPath(e);
                        }
                    }
                }
            }
            if (bestXml == null) break;
            fixes.add(bestDesc);
            xml = bestXml;
            o = validate(ref, xml);
        }
        if (!o.kind.equals("VALID")) {
            System.out.println("  seed " + id + ": could not make it valid for the reference (" + o.message + "), skipped");
            return null;
        }
        Seed s = new Seed();
        s.id = id;
        s.file = file;
        s.xml = xml;
        s.doc = parse(xml);
        s.decls = declsOf(s.doc);
        System.out.println("  seed " + id + " (" + allElements(s.doc).size() + " elements)"
                + (fixes.isEmpty() ? "" : " repaired: " + fixes));
        return s;
    }

    static int countSame(Element e) {
        int n = 0;
        for (Element s : children((Element) e.getParentNode())) {
            if (Objects.equals(s.getLocalName(), e.getLocalName()) && Objects.equals(s.getNamespaceURI(), e.getNamespaceURI())) n++;
        }
        return n;
    }

    static int allElementsUnder(Element e) {
        int n = 1;
        for (Element c : children(e)) n += allElementsUnder(c);
        return n;
    }

    static Map<Element, CNode> declsOf(Document d) {
        Map<Element, CNode> m = new HashMap<>();
        Element root = d.getDocumentElement();
        String k = key(root.getNamespaceURI(), root.getLocalName());
        if (refModel.elements.containsKey(k)) mapInstance(root, refModel.globalElement(k), m);
        return m;
    }

    static void setText(Element e, String v) {
        while (e.getFirstChild() != null) e.removeChild(e.getFirstChild());
        if (!v.isEmpty()) e.appendChild(e.getOwnerDocument().createTextNode(v));
    }

    static Element generate(Document d, CNode decl, boolean full, Map<String, Set<String>> harvest, int depth) {
        String p = prefixFor(decl.ns);
        Element e = decl.ns.isEmpty() ? d.createElementNS(null, decl.name) : d.createElementNS(decl.ns, p + ":" + decl.name);
        CNode t = decl.type();
        if (t == null || depth > 30) return e;
        if ("simple".equals(t.kind)) {
            List<String> c = candidates(decl, null, harvest);
            setText(e, c.isEmpty() ? "x" : c.get(0));
        } else if ("complex".equals(t.kind)) {
            for (CNode k : t.kids) genParticle(d, e, k, full, harvest, depth);
        }
        return e;
    }

    static void genParticle(Document d, Element parent, CNode p, boolean full, Map<String, Set<String>> harvest, int depth) {
        int n = full ? (p.max < 0 ? 2 : Math.max(Math.min(p.max, 2), 1)) : p.min;
        if (full && "choice".equals(p.kind)) n = Math.max(1, p.min);
        for (int i = 0; i < n; i++) {
            switch (p.kind) {
                case "element": parent.appendChild(generate(d, p, full, harvest, depth + 1)); break;
                case "sequence": case "all":
                    for (CNode k : p.kids) genParticle(d, parent, k, full, harvest, depth);
                    break;
                case "choice":
                    if (!p.kids.isEmpty()) genParticle(d, parent, p.kids.get(0), full, harvest, depth);
                    break;
                default: break;
            }
        }
    }

    /** plausible values for a leaf declared by decl (best first). */
    static List<String> candidates(CNode decl, String current, Map<String, Set<String>> harvest) {
        CNode t = decl.type();
        LinkedHashSet<String> c = new LinkedHashSet<>();
        if (current != null && current.trim().matches("\\d{4}-\\d{2}-\\d{2}")) {
            String[] parts = current.trim().split("-");
            int y = Integer.parseInt(parts[0]), m = Math.max(1, Math.min(12, Integer.parseInt(parts[1])));
            int dd = Math.max(1, Math.min(java.time.YearMonth.of(Math.max(1, y), m).lengthOfMonth(), Integer.parseInt(parts[2])));
            c.add(String.format("%04d-%02d-%02d", Math.max(1, y), m, dd));
        }
        for (String pat : t.facet("pattern")) if (pat.matches("[A-Za-z0-9]+")) c.add(pat);
        Set<String> h = harvest.get(decl.name);
        if (h != null) c.addAll(h);
        c.addAll(t.enumeration());
        String prim = t.primitive();
        int minLen = t.facet("minLength").stream().mapToInt(Integer::parseInt).max().orElse(0);
        int maxLen = t.facet("maxLength").stream().mapToInt(Integer::parseInt).min().orElse(1000);
        for (String l : t.facet("length")) { minLen = Integer.parseInt(l); maxLen = minLen; }
        switch (prim) {
            case "xs:date": c.add("2024-01-15"); break;
            case "xs:time": c.add("12:30:00"); break;
            case "xs:dateTime": c.add("2024-01-15T12:30:00"); break;
            case "xs:boolean": c.add("true"); break;
            case "xs:decimal": c.add("1.5"); c.add("1"); break;
            default:
                if (prim.matches("xs:(integer|int|long|short|byte|nonNegativeInteger|positiveInteger|unsignedInt|unsignedLong|unsignedShort|unsignedByte|nonPositiveInteger|negativeInteger)")) {
                    c.add("1");
                    c.addAll(t.facet("minInclusive"));
                    c.addAll(t.facet("maxInclusive"));
                } else {
                    for (String pat : t.facet("pattern")) {
                        java.util.regex.Matcher mm = java.util.regex.Pattern.compile("\\[0-9\\]\\{(\\d+)\\}").matcher(pat);
                        if (mm.matches()) c.add(digits(Integer.parseInt(mm.group(1))));
                        if (pat.equals("[0-9]*")) c.add(digits(Math.max(minLen, Math.min(maxLen, 10))));
                        if (pat.contains("\\.")) c.add("1.0.0");
                    }
                    int len = Math.max(minLen, Math.min(maxLen, 3));
                    c.add("Abcdefghij".repeat(len / 10 + 1).substring(0, len));
                }
        }
        if (current != null) c.remove(current);
        return new ArrayList<>(c);
    }

    static String digits(int n) {
        return "1234567890".repeat(n / 10 + 1).substring(0, n);
    }

    // ------------------------------------------------------------------------------------------
    // mutations
    // ------------------------------------------------------------------------------------------
    static final class Mutation {
        final Seed seed;
        final String op;
        final int index;
        final String value;
        Mutation(Seed seed, String op, int index, String value) { this.seed = seed; this.op = op; this.index = index; this.value = value; }
    }

    static final List<String> GENERIC_VALUES = new ArrayList<>(Arrays.asList(
            "", " ", "   ", "\t", "\n", " \n ", "a", "A", "z", "abc", "ABC", "Abc", "x y", " abc", "abc ", " abc ",
            "a\nb", "a\tb", "a  b", "\u00A0", "a\u00A0", "É", "é", "ß", "ỳ", "ỹ", "Ω", "中", "€", "&<>\"'", "A-B", "A.", "A1",
            "..", ".", "-", "_", "#", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "00", "01", "02", "03", "04",
            "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "20", "25", "26", "30", "31", "39", "40",
            "55", "56", "82", "84", "85", "99", "100", "436", "437", "491", "492", "999", "-1", "-0", "+0", "+1", "+3",
            " 3 ", "3 ", " 2", "03", "003", "3.0", "2.0", "1.5", "0.5", "-1.5", "1e2", "1E3", "1,5", "NaN", "INF", "-INF",
            "1000", "9999", "10000", "99999", "100000", "999999", "9999999", "99999999", "100000000", "999999999",
            "1000000000", "999999999999", "1000000000000", "9223372036854775807", "9223372036854775808",
            "12345678", "1234567", "123456789", "1234567890", "0384", "384", "03840", "038", "0384 ", " 0384", "a384",
            "1.0.0", "1.0", "01.0.0", "1.00.0", "1.0.0.0", "10.20.30", "0.0.0", "a.b.c", "1..0", " 1.0.0", "1.0.0 ",
            "2024-01-15", "2027-06-31", "2023-02-29", "2024-02-29", "2024-02-30", "2024-13-01", "2024-00-10",
            "2024-01-00", "2024-01-32", "2024-1-5", "24-01-15", "2024/01/15", "15-01-2024", "20240115", "2024-01-15Z",
            "2024-01-15+01:00", "2024-01-15-01:00", " 2024-01-15 ", "2024-01-15T10:00:00", "-2024-01-15",
            "12024-01-15", "0000-01-01", "0001-01-01", "9999-12-31", "1900-02-29", "2000-02-29",
            "12:30:00", "12:30", "24:00:00", "25:00:00", "12:60:00", "12:30:60", "12:30:00Z", "12:30:00+01:00",
            "12:30:00-01:00", "12:30:00.5", "12:30:00.123456", "1:30:00", " 12:30:00 ", "23:59:59", "00:00:00", "T12:30:00",
            "a@b.nl", "jan@example.com", "x@", "AB", "BY", "TO", "WW", "NL", "BE", "XX", "nl", "C", "D", "c", "d",
            "J", "N", "S300", "S329", "s300", "0001", "0200", "9350", "9999", "S301", "ZZ", "A ", " A"));

    static void addLengthValues(Set<String> vals, int n) {
        if (n < 0 || n > 200000) return;
        vals.add("a".repeat(n));
        vals.add(digits(n));
        if (n >= 2) vals.add("A" + " ".repeat(n - 2) + "b");
        if (n >= 1) vals.add(" ".repeat(n));
    }

    static void buildMutations(Seed s, List<Mutation> out, Set<String> leafDedup, Set<String> pool) {
        List<Element> els = allElements(s.doc);
        Set<String> nsInDoc = new LinkedHashSet<>();
        for (Element e : els) nsInDoc.add(e.getNamespaceURI() == null ? "" : e.getNamespaceURI());
        nsInDoc.add("");
        nsInDoc.add("urn:example:other");
        for (int i = 0; i < els.size(); i++) {
            Element e = els.get(i);
            boolean leaf = isLeaf(e);
            // structure
            if (i > 0) {
                out.add(new Mutation(s, "delete", i, null));
                out.add(new Mutation(s, "duplicate", i, null));
                Node nx = e.getNextSibling();
                while (nx != null && !(nx instanceof Element)) nx = nx.getNextSibling();
                if (nx != null) out.add(new Mutation(s, "swap-with-next", i, null));
                out.add(new Mutation(s, "move-to-first", i, null));
                out.add(new Mutation(s, "move-to-last", i, null));
                out.add(new Mutation(s, "unknown-before", i, null));
                out.add(new Mutation(s, "unknown-after", i, null));
                out.add(new Mutation(s, "rename", i, e.getLocalName() + "X"));
                out.add(new Mutation(s, "rename", i, e.getLocalName().toLowerCase()));
            } else {
                out.add(new Mutation(s, "rename", i, e.getLocalName() + "en"));
            }
            Set<String> targets = new LinkedHashSet<>(nsInDoc);
            if (i == 0) targets.addAll(fileTns.values());
            String ens = e.getNamespaceURI() == null ? "" : e.getNamespaceURI();
            for (String ns : targets) if (!ns.equals(ens)) out.add(new Mutation(s, "namespace", i, ns));
            out.add(new Mutation(s, "attribute", i, null));
            out.add(new Mutation(s, "xsi-nil", i, null));
            out.add(new Mutation(s, "xsi-type", i, "{" + XS + "}string"));
            out.add(new Mutation(s, "xsi-type", i, "{" + XS + "}anyType"));
            CNode decl = s.decls.get(e);
            if (decl != null && decl.type() != null && decl.type().typeName != null) {
                out.add(new Mutation(s, "xsi-type", i, decl.type().typeName));
            }
            if (!leaf) {
                out.add(new Mutation(s, "clear", i, null));
                out.add(new Mutation(s, "text-first", i, "x"));
                out.add(new Mutation(s, "text-first", i, " "));
                out.add(new Mutation(s, "unknown-child", i, null));
                out.add(new Mutation(s, "comment-child", i, null));
                continue;
            }
            out.add(new Mutation(s, "child-in-leaf", i, null));
            out.add(new Mutation(s, "comment-child", i, null));
            // values (deduplicated by schema + element path + value)
            Set<String> vals = new LinkedHashSet<>(GENERIC_VALUES);
            String cur = e.getTextContent();
            vals.add(cur + cur);
            vals.add(cur + "a");
            vals.add(cur + "0");
            vals.add("0" + cur);
            vals.add(" " + cur);
            vals.add(cur + " ");
            vals.add("\n" + cur + "\n");
            if (cur.length() > 1) {
                vals.add(cur.substring(1));
                vals.add(cur.substring(0, cur.length() - 1));
            }
            vals.add(cur.toLowerCase());
            vals.add(cur.toUpperCase());
            for (int n : new int[] {2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15, 16, 19, 20, 21, 24, 25, 26, 35, 36,
                    37, 63, 64, 65, 79, 80, 81, 199, 200, 201, 256, 1000, 5000}) {
                addLengthValues(vals, n);
            }
            // very long values: Xerces' pattern matching is quadratic in the value length, so keep
            // these at 20k characters (100k costs ~1 s per validation)
            vals.add("x".repeat(20000));
            vals.add("a b ".repeat(5000));
            vals.add("é".repeat(7));
            vals.add("ÀÁÂ");
            if (decl != null && decl.type() != null && "simple".equals(decl.type().kind)) {
                CNode t = decl.type();
                vals.addAll(t.enumeration());
                for (String en : t.enumeration()) {
                    vals.add(en + " ");
                    vals.add(" " + en);
                    vals.add(en.toLowerCase());
                }
                for (String f : new String[] {"length", "minLength", "maxLength"}) {
                    for (String v : t.facet(f)) {
                        int n = Integer.parseInt(v);
                        for (int d = -1; d <= 1; d++) addLengthValues(vals, n + d);
                    }
                }
                for (String f : new String[] {"minInclusive", "maxInclusive", "minExclusive", "maxExclusive"}) {
                    for (String v : t.facet(f)) {
                        try {
                            BigInteger b = new BigInteger(v.trim());
                            for (int d = -1; d <= 1; d++) vals.add(b.add(BigInteger.valueOf(d)).toString());
                        } catch (NumberFormatException ex) {
                            vals.add(v);
                        }
                    }
                }
            }
            if (cur.length() <= 4 || (decl != null && decl.type() != null && !decl.type().enumeration().isEmpty())) {
                vals.addAll(pool);
            }
            vals.remove(cur);
            String p = s.file + path(e);
            for (String v : vals) {
                if (leafDedup.add(p + "\u0000" + v)) out.add(new Mutation(s, "value", i, v));
            }
        }
    }

    static final Map<String, java.util.concurrent.atomic.LongAdder> TIMES = new ConcurrentHashMap<>();

    static String runMutation(Mutation m, Map<String, AtomicInteger> stats) {
        long t0 = System.nanoTime();
        try {
            return runMutation0(m, stats);
        } finally {
            if (profile) {
                String k = m.op + (m.value == null ? "" : "/len" + (m.value.length() >= 1000 ? m.value.length() : m.value.length() / 10 * 10));
                TIMES.computeIfAbsent(k, x -> new java.util.concurrent.atomic.LongAdder()).add(System.nanoTime() - t0);
            }
        }
    }

    static String runMutation0(Mutation m, Map<String, AtomicInteger> stats) {
        Document d = parse(m.seed.xml);
        List<Element> els = allElements(d);
        Element e = els.get(m.index);
        String where = indexedPath(e);
        Node parent = e.getParentNode();
        switch (m.op) {
            case "delete": parent.removeChild(e); break;
            case "duplicate": parent.insertBefore(e.cloneNode(true), e.getNextSibling()); break;
            case "swap-with-next": {
                Node n = e.getNextSibling();
                while (n != null && !(n instanceof Element)) n = n.getNextSibling();
                if (n == null) return null; // nothing to do
                parent.insertBefore(e, n.getNextSibling());
                break;
            }
            case "move-to-first": parent.insertBefore(e, parent.getFirstChild()); break;
            case "move-to-last": parent.appendChild(e); break;
            case "unknown-before": parent.insertBefore(unknown(d, e), e); break;
            case "unknown-after": parent.insertBefore(unknown(d, e), e.getNextSibling()); break;
            case "unknown-child": e.insertBefore(unknown(d, e), e.getFirstChild()); break;
            case "comment-child": e.insertBefore(d.createComment("comment"), e.getFirstChild()); break;
            case "child-in-leaf": e.appendChild(unknown(d, e)); break;
            case "rename": rename(d, e, e.getNamespaceURI(), m.value); break;
            case "namespace": rename(d, e, m.value, e.getLocalName()); break;
            case "attribute": e.setAttributeNS(null, "extra", "1"); break;
            case "xsi-nil": e.setAttributeNS(XSI, "xsi:nil", "true"); break;
            case "xsi-type": {
                int c = m.value.indexOf('}');
                String ns = m.value.substring(1, c), local = m.value.substring(c + 1);
                e.setAttributeNS(XMLNS, "xmlns:tq", ns);
                e.setAttributeNS(XSI, "xsi:type", "tq:" + local);
                break;
            }
            case "clear": setText(e, ""); break;
            case "text-first": e.insertBefore(d.createTextNode(m.value), e.getFirstChild()); break;
            case "value": setText(e, m.value); break;
            default: throw new IllegalStateException(m.op);
        }
        String xml = serialize(d);
        Outcome r = validate(refSchemas.get(m.seed.file), xml);
        Outcome o = validate(ourSchemas.get(m.seed.file), xml);
        stats.computeIfAbsent(r.kind, k -> new AtomicInteger()).incrementAndGet();
        if (r.kind.equals(o.kind)) return null;
        String v = m.value == null ? "" : " value=" + show(m.value);
        return "DISAGREE seed=" + m.seed.id + " op=" + m.op + v + " at " + where + "\n    ref : " + r.kind
                + (r.message == null ? "" : " " + abbreviate(r.message)) + "\n    ours: " + o.kind
                + (o.message == null ? "" : " " + abbreviate(o.message));
    }

    static String show(String v) {
        String s = v.length() > 40 ? v.substring(0, 20) + "...(" + v.length() + " chars)" : v;
        return "'" + s.replace("\n", "\\n").replace("\t", "\\t") + "'";
    }

    static Element unknown(Document d, Element near) {
        String ns = near.getNamespaceURI();
        return ns == null ? d.createElementNS(null, "Onbekend") : d.createElementNS(ns, (near.getPrefix() == null ? "" : near.getPrefix() + ":") + "Onbekend");
    }

    static void rename(Document d, Element e, String ns, String local) {
        Element n;
        if (ns == null || ns.isEmpty()) {
            n = d.createElementNS(null, local);
        } else {
            String p = prefixFor(ns);
            n = d.createElementNS(ns, p + ":" + local);
        }
        NamedNodeMap am = e.getAttributes();
        for (int i = 0; i < am.getLength(); i++) n.setAttributeNodeNS((Attr) am.item(i).cloneNode(true));
        while (e.getFirstChild() != null) n.appendChild(e.getFirstChild());
        if (e.getParentNode() == d) {
            d.replaceChild(n, e);
        } else {
            e.getParentNode().replaceChild(n, e);
        }
    }
}
