package org.sanctionstracker.exchange.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import org.sanctionstracker.base.ui.Labels;
import org.sanctionstracker.exchange.ExchangeKind;
import org.sanctionstracker.exchange.ExportFormat;
import org.sanctionstracker.exchange.ImportChange;
import org.sanctionstracker.exchange.ImportIssue;
import org.sanctionstracker.exchange.ImportPlan;
import org.sanctionstracker.exchange.ImportPreview;
import org.sanctionstracker.exchange.ImportProgress;
import org.sanctionstracker.exchange.ImportResult;
import org.sanctionstracker.exchange.ImportService;
import org.sanctionstracker.exchange.PreviewRow;
import org.sanctionstracker.exchange.StreamedResult;
import org.sanctionstracker.measure.AsOf;
import org.sanctionstracker.measure.MeasureType;

import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * Import and export. The export section builds a download link to
 * {@code /api/v1/export/…} from a kind, a format and the filters (taken from this view's
 * own URL, so a link from a filtered view carries them over). The import section takes a
 * JSON or CSV file, previews what it would change and every problem, row by row, and
 * commits it in one transaction only when there is none. A JSON file larger than
 * {@link #IN_MEMORY_BYTES} (the whole-database export of a large database) is read from
 * disk a batch at a time, and its preview gives counts instead of rows. Long imports show
 * their progress.
 */
@Route("exchange")
@PageTitle("Import and export · Sanctions Coalition Tracker")
@Menu(order = 80, icon = "vaadin:exchange", title = "Import / export")
@RolesAllowed("EDITOR")
class ExchangeView extends VerticalLayout implements BeforeEnterObserver {

	static final String DATABASE = "database";

	/**
	 * The exports in the field's formats, by file name: FollowTheMoney, the Global
	 * Sanctions Data Base and CAMEO ({@code docs/formats/}); each has one format.
	 */
	static final Map<String, String> FIELD_FORMATS = fieldFormats();

	/** The largest file the view takes (the upload's limit is an {@code int}): 2 GB. */
	static final int MAX_FILE_BYTES = Integer.MAX_VALUE;

	/**
	 * Up to this size a file is read into memory and previewed record by record; a larger
	 * JSON file is read a batch at a time from disk ({@link ImportService#previewStream},
	 * {@code docs/decisions/0019}).
	 */
	static final long IN_MEMORY_BYTES = 50L * 1024 * 1024;

	private final ImportService imports;

	// export
	private final Select<String> kind = new Select<>();

	private final RadioButtonGroup<ExportFormat> format = new RadioButtonGroup<>("Format");

	private final TextField country = new TextField("Country");

	private final Select<String> role = new Select<>();

	private final Select<String> type = new Select<>();

	private final TextField from = new TextField("From");

	private final TextField to = new TextField("To");

	private final TextField text = new TextField("Text");

	private final Anchor download = new Anchor();

	/** The as-of day of the address, which the exports in the field's formats take. */
	private String asOf;

	// import
	private final Upload upload;

	private final ProgressBar progress = new ProgressBar(0, 1);

	private final Span progressText = new Span();

	private final Paragraph summary = new Paragraph();

	private final Grid<PreviewRow> previewGrid = new Grid<>();

	private final Grid<ImportIssue> issueGrid = new Grid<>();

	private final Button commit = new Button("Commit import");

	private final Button cancel = new Button("Cancel");

	private ImportPlan plan;

	/** A previewed large file, on disk until it is committed or cancelled. */
	private Path streamed;

	private String streamedName;

	private boolean busy;

	ExchangeView(ImportService imports) {
		this.imports = imports;
		setWidthFull();
		H2 heading = new H2("Import and export");
		heading.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.NONE);
		this.upload = new Upload(UploadHandler.toTempFile((metadata, file) -> {
			UI ui = UI.getCurrent();
			ui.access(() -> received(ui, metadata.fileName(), file.toPath()));
		}));
		add(heading, exportSection(), importSection());
	}

	// ---- export

	private VerticalLayout exportSection() {
		Map<String, String> kinds = new LinkedHashMap<>();
		Arrays.stream(ExchangeKind.values())
			.filter(ExchangeKind::exportable)
			.forEach((k) -> kinds.put(k.path(), k.label()));
		kinds.put(DATABASE, "Whole database (JSON, re-importable)");
		kinds.putAll(FIELD_FORMATS);
		this.kind.setLabel("What");
		this.kind.setItems(kinds.keySet());
		this.kind.setItemLabelGenerator(kinds::get);
		this.kind.setValue(ExchangeKind.EVENTS.path());
		this.format.setItems(ExportFormat.values());
		this.format.setItemLabelGenerator((f) -> f.extension().toUpperCase(java.util.Locale.ROOT));
		this.format.setValue(ExportFormat.CSV);
		this.country.setPlaceholder("JPN, Japan, Tokyo");
		this.role.setLabel("Country as");
		this.role.setItems("", "imposer", "target", "any");
		this.role.setItemLabelGenerator((r) -> r.isEmpty() ? "either" : r);
		this.role.setValue("");
		this.type.setLabel("Measure type");
		List<String> types = new ArrayList<>();
		types.add("");
		Arrays.stream(MeasureType.values()).map(Enum::name).forEach(types::add);
		this.type.setItems(types);
		this.type.setItemLabelGenerator((t) -> t.isEmpty() ? "any" : label(t));
		this.type.setValue("");
		this.from.setPlaceholder("2009, 2008-11");
		this.to.setPlaceholder("2016-02-10");
		for (var field : List.of(this.country, this.from, this.to, this.text)) {
			field.setClearButtonVisible(true);
			field.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
			field.addValueChangeListener((event) -> updateLink());
		}
		this.kind.addValueChangeListener((event) -> updateLink());
		this.format.addValueChangeListener((event) -> updateLink());
		this.role.addValueChangeListener((event) -> updateLink());
		this.type.addValueChangeListener((event) -> updateLink());
		this.download.setTarget(AnchorTarget.BLANK);
		this.download.getElement().setAttribute("download", true);
		this.download.setId("export-download");
		updateLink();

		HorizontalLayout what = new HorizontalLayout(this.kind, this.format);
		what.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		HorizontalLayout filters = new HorizontalLayout(this.country, this.role, this.type, this.from, this.to,
				this.text);
		filters.setWrap(true);
		Paragraph help = new Paragraph("Filters work as in the chronology and the API. CSV files have one record per"
				+ " row; JSON files have the shape of the seed dataset and can be imported again.");
		help.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
		VerticalLayout section = new VerticalLayout(new H3("Export"), what, filters, this.download, help);
		section.setPadding(false);
		return section;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
		setFrom(parameters, "country", this.country);
		setFrom(parameters, "from", this.from);
		setFrom(parameters, "to", this.to);
		setFrom(parameters, "q", this.text);
		this.asOf = first(parameters, AsOf.PARAMETER);
		String givenRole = first(parameters, "role");
		if (givenRole != null && List.of("imposer", "target", "any").contains(givenRole)) {
			this.role.setValue(givenRole);
		}
		String givenType = first(parameters, "type");
		if (givenType != null && Arrays.stream(MeasureType.values()).anyMatch((t) -> t.name().equals(givenType))) {
			this.type.setValue(givenType);
		}
		updateLink();
	}

	private static void setFrom(Map<String, List<String>> parameters, String name, TextField field) {
		String value = first(parameters, name);
		if (value != null) {
			field.setValue(value);
		}
	}

	private static String first(Map<String, List<String>> parameters, String name) {
		List<String> values = parameters.get(name);
		return (values == null || values.isEmpty()) ? null : values.get(0);
	}

	private void updateLink() {
		boolean database = DATABASE.equals(this.kind.getValue());
		boolean fieldFormat = FIELD_FORMATS.containsKey(this.kind.getValue());
		this.format.setEnabled(!database && !fieldFormat);
		ExportFormat chosen = database ? ExportFormat.JSON : this.format.getValue();
		String file = fieldFormat ? this.kind.getValue()
				: (database ? DATABASE : this.kind.getValue()) + "." + chosen.extension();
		String path = "api/v1/export/" + file;
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		if (!database) {
			boolean actors = ExchangeKind.ACTORS.path().equals(this.kind.getValue());
			boolean coalitions = ExchangeKind.COALITIONS.path().equals(this.kind.getValue());
			put(parameters, "country", actors ? "" : this.country.getValue());
			put(parameters, "role", (actors || coalitions || this.country.isEmpty()) ? "" : this.role.getValue());
			put(parameters, "type", (actors || coalitions) ? "" : this.type.getValue());
			put(parameters, "from", (actors || coalitions) ? "" : this.from.getValue());
			put(parameters, "to", (actors || coalitions) ? "" : this.to.getValue());
			put(parameters, "q", this.text.getValue());
			if (fieldFormat) {
				put(parameters, AsOf.PARAMETER, this.asOf);
			}
		}
		String query = new QueryParameters(parameters).getQueryString();
		this.download.setHref(path + (query.isEmpty() ? "" : "?" + query));
		this.download.setText("Download " + (database ? "the whole database." + chosen.extension() : file)
				+ (query.isEmpty() ? "" : " (filtered)"));
	}

	private static void put(Map<String, List<String>> parameters, String name, String value) {
		if (value != null && !value.isBlank()) {
			parameters.put(name, List.of(value.strip()));
		}
	}

	// ---- import

	private VerticalLayout importSection() {
		this.upload.setAcceptedFileTypes(".json", ".csv", ".jsonl", ".ndjson", "application/json", "text/csv",
				"application/x-ndjson");
		this.upload.setMaxFiles(1);
		this.upload.setMaxFileSize(MAX_FILE_BYTES);
		this.upload.setDropLabel(new Span(
				"Drop a JSON or CSV file here (the format of the exports), or FollowTheMoney JSON lines (.jsonl)"));
		this.upload.addFileRejectedListener((event) -> showError(event.getErrorMessage()));

		this.progress.setVisible(false);
		this.progressText.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);

		this.previewGrid.addColumn((row) -> row.kind().label()).setHeader("Kind").setAutoWidth(true);
		this.previewGrid.addColumn(PreviewRow::key).setHeader("Key").setAutoWidth(true);
		this.previewGrid.addColumn((row) -> row.change().label()).setHeader("Change").setAutoWidth(true);
		this.previewGrid.addColumn(PreviewRow::summary).setHeader("Record").setFlexGrow(3);
		this.previewGrid.addColumn((row) -> String.join(", ", row.changedFields()))
			.setHeader("Changed fields")
			.setAutoWidth(true);
		this.previewGrid.addColumn(PreviewRow::location).setHeader("Where in the file").setAutoWidth(true);
		this.previewGrid.setHeight("22rem");
		this.previewGrid.setVisible(false);
		this.previewGrid.setId("import-preview");

		this.issueGrid.addColumn(ImportIssue::location).setHeader("Row / path").setAutoWidth(true);
		this.issueGrid.addColumn(ImportIssue::key).setHeader("Key").setAutoWidth(true);
		this.issueGrid.addColumn((issue) -> (issue.field() != null) ? issue.field() : "—")
			.setHeader("Field")
			.setAutoWidth(true);
		this.issueGrid.addColumn(ImportIssue::reason).setHeader("Problem").setFlexGrow(4);
		this.issueGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.issueGrid.setHeight("16rem");
		this.issueGrid.setVisible(false);
		this.issueGrid.setId("import-issues");

		this.commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.commit.setEnabled(false);
		this.commit.addClickListener((event) -> startCommit());
		this.cancel.setEnabled(false);
		this.cancel.addClickListener((event) -> reset("Import cancelled; nothing was written."));

		this.summary.setId("import-summary");
		this.progressText.setId("import-progress");
		VerticalLayout section = new VerticalLayout(new H3("Import"), this.upload, this.progress, this.progressText,
				this.summary, this.issueGrid, this.previewGrid, new HorizontalLayout(this.commit, this.cancel));
		section.setPadding(false);
		return section;
	}

	/**
	 * A file has arrived: a large JSON file is previewed from disk, any other read into
	 * memory.
	 */
	private void received(UI ui, String fileName, Path file) {
		try {
			long size = Files.size(file);
			boolean json = fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".json");
			if (size <= IN_MEMORY_BYTES) {
				byte[] data = Files.readAllBytes(file);
				Files.deleteIfExists(file);
				startPreview(ui, fileName, data);
			}
			else if (json) {
				startStreamedPreview(ui, fileName, file);
			}
			else {
				Files.deleteIfExists(file);
				showError("A CSV or JSON lines file can be at most " + IN_MEMORY_BYTES / (1024 * 1024)
						+ " MB; a larger file must be JSON in the format of the whole-database export.");
			}
		}
		catch (IOException ex) {
			showError("The uploaded file could not be read; upload it again.");
		}
	}

	private void startStreamedPreview(UI ui, String fileName, Path file) {
		if (this.busy) {
			deleteQuietly(file);
			showError("An import is already running; wait for it to finish.");
			return;
		}
		reset(null);
		this.busy = true;
		this.streamed = file;
		this.streamedName = fileName;
		showProgress(0, "Reading " + fileName);
		runInBackground(ui, () -> {
			StreamedResult result = this.imports.previewStream(fileName, file, progressOn(ui));
			ui.access(() -> showStreamed(result, false));
		});
	}

	private void showStreamed(StreamedResult result, boolean commit) {
		this.busy = false;
		this.progress.setVisible(false);
		this.progressText.setText("");
		this.issueGrid.setItems(result.issues());
		this.issueGrid.setVisible(result.hasIssues());
		String counts = counts(result.counts());
		String more = (result.issueCount() > result.issues().size())
				? " The first " + result.issues().size() + " are listed below." : " They are listed below.";
		if (commit) {
			discardStreamed();
			this.commit.setEnabled(false);
			this.cancel.setEnabled(false);
			this.upload.clearFileList();
			this.summary.setText(result.committed() ? "Imported " + result.fileName() + ": " + counts
					: "Nothing was imported: " + Labels.count((int) result.issueCount(), "problem", "problems") + "."
							+ more + " Fix them or preview the file again.");
		}
		else if (result.hasIssues()) {
			discardStreamed();
			this.summary.setText(Labels.count((int) result.issueCount(), "problem", "problems") + " in "
					+ result.fileName() + ". Nothing can be imported until they are fixed." + more + " " + counts);
			this.commit.setEnabled(false);
			this.cancel.setEnabled(true);
		}
		else {
			this.summary.setText("Preview of " + result.fileName() + " (a large file: counts only): " + counts
					+ (result.writes() == 0 ? " Nothing would change." : " Commit to import it in one step."));
			this.commit.setEnabled(result.writes() > 0);
			this.cancel.setEnabled(true);
		}
	}

	private void discardStreamed() {
		if (this.streamed != null) {
			deleteQuietly(this.streamed);
		}
		this.streamed = null;
		this.streamedName = null;
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// a temporary file; the system cleans its temporary directory
		}
	}

	private void startPreview(UI ui, String fileName, byte[] data) {
		if (this.busy) {
			showError("An import is already running; wait for it to finish.");
			return;
		}
		reset(null);
		this.busy = true;
		showProgress(0, "Reading " + fileName);
		runInBackground(ui, () -> {
			ImportPlan result = this.imports.preview(fileName, data, progressOn(ui));
			ui.access(() -> showPreview(result));
		});
	}

	private void startCommit() {
		if (this.streamed != null && !this.busy) {
			Path file = this.streamed;
			String fileName = this.streamedName;
			UI ui = UI.getCurrent();
			this.busy = true;
			this.commit.setEnabled(false);
			this.cancel.setEnabled(false);
			showProgress(0, "Importing");
			runInBackground(ui, () -> {
				StreamedResult result = this.imports.commitStream(fileName, file, progressOn(ui));
				ui.access(() -> showStreamed(result, true));
			});
			return;
		}
		if (this.plan == null || this.busy) {
			return;
		}
		ImportPlan toCommit = this.plan;
		UI ui = UI.getCurrent();
		this.busy = true;
		this.commit.setEnabled(false);
		this.cancel.setEnabled(false);
		showProgress(0, "Importing");
		runInBackground(ui, () -> {
			ImportResult result = this.imports.commit(toCommit, progressOn(ui));
			ui.access(() -> showCommitted(result));
		});
	}

	private void runInBackground(UI ui, Runnable work) {
		Runnable guarded = () -> {
			try {
				work.run();
			}
			catch (RuntimeException ex) {
				// refused (the user's rights changed meanwhile) or failed: the view must
				// not stay "Importing … 0 %" with every button off. Nothing was written
				// (an import is one transaction); the error handling says why.
				ui.access(() -> {
					this.busy = false;
					this.progress.setVisible(false);
					this.progressText.setText("");
					this.commit.setEnabled(false);
					this.cancel.setEnabled(true);
					this.summary.setText("Nothing was written: the step was refused or failed (the message at the top"
							+ " says why). Cancel, then choose the file again.");
					throw ex;
				});
			}
		};
		Thread.ofVirtual().name("import").start(new DelegatingSecurityContextRunnable(guarded));
	}

	private ImportProgress progressOn(UI ui) {
		long[] last = { 0 };
		return (fraction, step) -> {
			long now = System.nanoTime();
			if (now - last[0] > 150_000_000L || fraction >= 1) {
				last[0] = now;
				ui.access(() -> showProgress(fraction, step));
			}
		};
	}

	private void showProgress(double fraction, String step) {
		this.progress.setVisible(true);
		this.progress.setValue(Math.max(0, Math.min(1, fraction)));
		this.progressText.setText(step + " … " + Math.round(fraction * 100) + " %");
	}

	private void showPreview(ImportPlan result) {
		this.busy = false;
		this.plan = result;
		this.progress.setVisible(false);
		ImportPreview preview = result.preview();
		this.progressText.setText("");
		show(preview);
		if (preview.hasIssues()) {
			this.summary
				.setText(Labels.count(preview.issues().size(), "problem", "problems") + " in " + preview.fileName()
						+ ". Nothing can be imported until they are fixed; see the rows below. " + counts(preview));
			this.commit.setEnabled(false);
		}
		else {
			this.summary.setText("Preview of " + preview.fileName() + ": " + counts(preview)
					+ (preview.writes() == 0 ? " Nothing would change." : " Commit to import it in one step."));
			this.commit.setEnabled(preview.writes() > 0);
		}
		this.cancel.setEnabled(true);
	}

	private void showCommitted(ImportResult result) {
		this.busy = false;
		this.progress.setVisible(false);
		this.progressText.setText("");
		ImportPreview outcome = result.outcome();
		show(outcome);
		this.plan = null;
		this.commit.setEnabled(false);
		this.cancel.setEnabled(false);
		this.upload.clearFileList();
		if (result.committed()) {
			this.summary.setText("Imported " + outcome.fileName() + ": " + counts(outcome));
		}
		else {
			this.summary.setText("Nothing was imported: " + Labels.count(outcome.issues().size(), "problem", "problems")
					+ ", listed below. Fix them or preview the file again.");
		}
	}

	private void show(ImportPreview preview) {
		this.issueGrid.setItems(preview.issues());
		this.issueGrid.setVisible(!preview.issues().isEmpty());
		this.previewGrid.setItems(preview.rows());
		this.previewGrid.setVisible(!preview.rows().isEmpty());
	}

	private static String counts(ImportPreview preview) {
		if (preview.rows().isEmpty()) {
			return "no records.";
		}
		return counts(preview.counts());
	}

	private static String counts(Map<ExchangeKind, Map<ImportChange, Integer>> counts) {
		if (counts.isEmpty()) {
			return "no records.";
		}
		return counts.entrySet()
			.stream()
			.map((entry) -> entry.getKey().label() + ": " + entry.getValue().get(ImportChange.NEW) + " new, "
					+ entry.getValue().get(ImportChange.CHANGED) + " changed, "
					+ entry.getValue().get(ImportChange.UNCHANGED) + " unchanged")
			.collect(Collectors.joining("; ", "", "."));
	}

	private void reset(String message) {
		this.plan = null;
		if (!this.busy) {
			discardStreamed();
		}
		this.issueGrid.setItems(List.of());
		this.issueGrid.setVisible(false);
		this.previewGrid.setItems(List.of());
		this.previewGrid.setVisible(false);
		this.commit.setEnabled(false);
		this.cancel.setEnabled(false);
		this.progress.setVisible(false);
		this.progressText.setText("");
		this.summary.setText((message != null) ? message : "");
		if (message != null) {
			this.upload.clearFileList();
		}
	}

	private void showError(String message) {
		this.summary.setText(message);
	}

	private static String label(String constant) {
		String words = constant.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	@Override
	protected void onDetach(DetachEvent detachEvent) {
		super.onDetach(detachEvent);
		this.plan = null;
		if (!this.busy) {
			discardStreamed();
		}
	}

	private static Map<String, String> fieldFormats() {
		Map<String, String> formats = new LinkedHashMap<>();
		formats.put("ftm.jsonl", "FollowTheMoney entities (JSON lines)");
		formats.put("gsdb-cases.csv", "GSDB cases (CSV)");
		formats.put("gsdb-dyadic.csv", "GSDB dyads by year (CSV)");
		formats.put("events-cameo.csv", "CAMEO-coded events (CSV)");
		return java.util.Collections.unmodifiableMap(formats);
	}

}
