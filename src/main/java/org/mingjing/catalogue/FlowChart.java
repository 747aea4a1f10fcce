package org.mingjing.catalogue;

import java.util.List;

/**
 * Draws a service guide's flow chart as SVG from the matter's ordered steps: one box per step, top to bottom,
 * joined by arrows, narrow enough for a phone and crisp when printed. The chart is computed, never uploaded,
 * so it always matches the published steps.
 */
public final class FlowChart {

    static final int WIDTH = 280;
    static final int BOX_HEIGHT = 40;
    static final int GAP = 28;
    static final int MARGIN = 8;

    private FlowChart() {
    }

    /** The SVG document; {@code title} becomes its accessible name. Step text is escaped. */
    public static String svg(List<String> steps, String title) {
        int n = steps.size();
        int height = MARGIN * 2 + n * BOX_HEIGHT + Math.max(0, n - 1) * GAP;
        StringBuilder s = new StringBuilder(512 + n * 400);
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"mj-flow\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\" aria-label=\"").append(escape(title)).append("\">");
        s.append("<title>").append(escape(title)).append("</title>");
        s.append("<defs><marker id=\"mj-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\""
                + " markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#8a1c1c\"/></marker></defs>");
        int boxX = MARGIN;
        int boxWidth = WIDTH - 2 * MARGIN;
        for (int i = 0; i < n; i++) {
            int y = MARGIN + i * (BOX_HEIGHT + GAP);
            boolean terminal = i == 0 || i == n - 1;
            s.append("<g class=\"mj-flow-step\"><rect x=\"").append(boxX).append("\" y=\"").append(y)
                    .append("\" width=\"").append(boxWidth).append("\" height=\"").append(BOX_HEIGHT)
                    .append("\" rx=\"").append(terminal ? BOX_HEIGHT / 2 : 6).append("\" fill=\"")
                    .append(terminal ? "#fbeaea" : "#ffffff").append("\" stroke=\"#8a1c1c\" stroke-width=\"1.5\"/>");
            s.append("<text x=\"").append(WIDTH / 2).append("\" y=\"").append(y + BOX_HEIGHT / 2 + 5)
                    .append("\" text-anchor=\"middle\" font-size=\"15\" fill=\"#212529\">")
                    .append(i + 1).append(". ").append(escape(steps.get(i))).append("</text></g>");
            if (i < n - 1) {
                int y1 = y + BOX_HEIGHT;
                s.append("<line x1=\"").append(WIDTH / 2).append("\" y1=\"").append(y1).append("\" x2=\"")
                        .append(WIDTH / 2).append("\" y2=\"").append(y1 + GAP - 2)
                        .append("\" stroke=\"#8a1c1c\" stroke-width=\"1.5\" marker-end=\"url(#mj-arrow)\"/>");
            }
        }
        return s.append("</svg>").toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
