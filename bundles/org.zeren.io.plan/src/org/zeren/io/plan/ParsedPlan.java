package org.zeren.io.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The result of parsing a plan's text, before anything is added to a model. */
final class ParsedPlan {

	/** Title without 《》, or null when none was found. */
	String title;
	/** Line of the title, 0 when there is none. */
	int titleLine;
	String recipients;
	/** The cover text (印发通知) before the title. */
	final Block cover = new Block();
	String issuer;
	LocalDate issuedOn;
	int year;
	/** The general approach (总体思路) after the title. */
	final Block generalApproach = new Block();
	final List<Section> sections = new ArrayList<>();
	final List<PlanImportWarning> warnings = new ArrayList<>();

	/** Paragraphs of text joined by line feeds, remembering the line each came from. */
	static final class Block {
		private final StringBuilder text = new StringBuilder();
		private final List<Integer> lines = new ArrayList<>();
		private final List<Integer> offsets = new ArrayList<>();

		void add(int line, String paragraph) {
			if (!lines.isEmpty()) {
				text.append('\n');
			}
			offsets.add(text.length());
			lines.add(line);
			text.append(paragraph);
		}

		boolean isEmpty() {
			return lines.isEmpty();
		}

		String text() {
			return text.toString();
		}

		/** @return the line of the first paragraph, 0 when empty */
		int firstLine() {
			return lines.isEmpty() ? 0 : lines.get(0);
		}

		/** @return the line holding the character at this offset of {@link #text()} */
		int lineAt(int offset) {
			int line = 0;
			for (int i = 0; i < offsets.size() && offsets.get(i) <= offset; i++) {
				line = lines.get(i);
			}
			return line;
		}
	}

	/** A section 一、… of the plan. */
	static final class Section {
		final int line;
		final String number;
		final String title;
		/** Paragraphs of the section that belong to no item. */
		final Block extra = new Block();
		final List<Task> tasks = new ArrayList<>();
		/** Value of the last item 1、… of the section, 0 before the first. */
		int lastItem;

		Section(int line, String number, String title) {
			this.line = line;
			this.number = number;
			this.title = title;
		}
	}

	/** An item 1、… or a sub-item （一）… of the plan. */
	static final class Task {
		final int line;
		final String number;
		final int value;
		final boolean subItem;
		/** The whole item after its number, with its continuation paragraphs. */
		final Block text = new Block();
		final List<Task> subtasks = new ArrayList<>();

		Task(int line, String number, int value, boolean subItem, String firstLine) {
			this.line = line;
			this.number = number;
			this.value = value;
			this.subItem = subItem;
			if (!firstLine.isEmpty()) {
				text.add(line, firstLine);
			}
		}

		String title() {
			return Texts.firstSentence(text.text());
		}
	}
}
