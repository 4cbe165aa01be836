package org.zeren.diagram.layout;

import org.zeren.diagram.graph.EdgeRole;
import org.zeren.diagram.graph.NodeRole;
import org.zeren.diagram.graph.WorkAreaStyle;
import org.zeren.diagram.scene.ArrowHead;
import org.zeren.diagram.scene.LineStyle;
import org.zeren.diagram.scene.Rgb;

/**
 * The look of diagrams: colours, line styles, corner radii. Party kinds get quiet tints so that the
 * work-area colours of duties stand out.
 */
public final class Styles {

	/** Text colour of labels. */
	public static final Rgb TEXT = Rgb.parse("#212121");
	/** Text colour of captions and the subtitle. */
	public static final Rgb MUTED_TEXT = Rgb.parse("#546E7A");
	/** Text colour of the title. */
	public static final Rgb TITLE_TEXT = Rgb.parse("#263238");
	/** Fill of the legend frame. */
	public static final Rgb LEGEND_FILL = Rgb.parse("#FAFBFC");
	/** Outline of the legend frame. */
	public static final Rgb LEGEND_STROKE = Rgb.parse("#CFD8DC");

	/** How a node is drawn. */
	public record NodeStyle(Rgb fill, Rgb stroke, LineStyle border, double cornerRadius, Rgb accent, Rgb text,
			Rgb caption) {
	}

	/** How an edge is drawn. */
	public record EdgeStyle(Rgb colour, double width, LineStyle style, ArrowHead head) {
	}

	private Styles() {
	}

	/**
	 * @param role     the node's role; never null
	 * @param workArea the node's work area; null for none
	 * @return the style of a node
	 */
	public static NodeStyle node(NodeRole role, WorkAreaStyle workArea) {
		Rgb area = workArea == null ? null : Rgb.parse(workArea.colour());
		return switch (role) {
		case DUTY -> area == null ? new NodeStyle(Rgb.WHITE, Rgb.parse("#90A4AE"), LineStyle.SOLID, 6, null, TEXT, MUTED_TEXT)
				: new NodeStyle(area.tint(0.10), area, LineStyle.SOLID, 6, area, TEXT, MUTED_TEXT);
		case WORK_AREA -> {
			Rgb a = area == null ? Rgb.parse(WorkAreaStyle.DEFAULT_COLOUR) : area;
			boolean dark = a.luminance() < 0.35;
			yield new NodeStyle(a, a, LineStyle.SOLID, 14, null, dark ? Rgb.WHITE : TEXT,
					dark ? Rgb.parse("#ECEFF1") : Rgb.parse("#37474F"));
		}
		case PLAN_SECTION -> new NodeStyle(Rgb.parse("#37474F"), Rgb.parse("#263238"), LineStyle.SOLID, 3, null, Rgb.WHITE,
				Rgb.parse("#CFD8DC"));
		case PLAN_TASK -> new NodeStyle(Rgb.WHITE, Rgb.parse("#78909C"), LineStyle.SOLID, 6, null, TEXT, MUTED_TEXT);
		case COMMITTEE -> party("#FFF6D8", "#C9A227");
		case SUPERVISORY_DEPARTMENT -> party("#E6EFF8", "#6F93B8");
		case DEPARTMENT -> party("#EEF1F4", "#90A4AE");
		case ENTERPRISE -> party("#EEF4EA", "#86A17A");
		case POST -> party("#FFFFFF", "#A7B3BA");
		case OTHER_PARTY -> party("#F5F5F5", "#9E9E9E");
		};
	}

	private static NodeStyle party(String fill, String stroke) {
		return new NodeStyle(Rgb.parse(fill), Rgb.parse(stroke), LineStyle.SOLID, 5, null, TEXT, MUTED_TEXT);
	}

	/**
	 * @param role   the edge's role; never null
	 * @param colour {@code #RRGGBB} given by the graph; null for the role's colour
	 * @return the style of an edge
	 */
	public static EdgeStyle edge(EdgeRole role, String colour) {
		EdgeStyle s = switch (role) {
		case DELEGATION -> new EdgeStyle(Rgb.parse("#37474F"), 1.2, LineStyle.SOLID, ArrowHead.FILLED);
		case SUPERVISION -> new EdgeStyle(Rgb.parse("#5C6BC0"), 1.2, LineStyle.DASHED, ArrowHead.OPEN);
		case ASSIGNMENT -> new EdgeStyle(Rgb.parse("#78909C"), 1.2, LineStyle.DOTTED, ArrowHead.FILLED);
		case STRUCTURE -> new EdgeStyle(Rgb.parse("#90A4AE"), 1.1, LineStyle.SOLID, ArrowHead.NONE);
		case RESPONSIBLE -> new EdgeStyle(Rgb.parse("#546E7A"), 1.3, LineStyle.SOLID, ArrowHead.FILLED);
		};
		return colour != null && Rgb.isValid(colour) ? new EdgeStyle(Rgb.parse(colour), s.width(), s.style(), s.head()) : s;
	}
}
