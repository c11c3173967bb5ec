// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sections/mainwindow.h"

#include "ui_mainwindow.h"

#include "core/meetinglist.h"
#include "core/meetingrepository.h"
#include "core/wordrepository.h"
#include "ui/dialogs/backupsdialog.h"
#include "ui/dialogs/connectdialog.h"
#include "ui/dialogs/erasedialog.h"
#include "ui/dialogs/historydialog.h"
#include "ui/dialogs/retentiondialog.h"
#include "ui/dialogs/wordsdialog.h"
#include "ui/plainenglishassist.h"
#include "ui/speech/readaloudactions.h"
#include "ui/speech/readaloudtext.h"
#include "ui/spellingmenu.h"

#include "ui/access/announcer.h"
#include "ui/access/focusmove.h"
#include "ui/access/focusring.h"
#include "ui/access/theme.h"
#include "ui/commands/changewords.h"
#include "ui/dialogs/exportdialog.h"
#include "ui/editor/meetingdocument.h"
#include "ui/editor/meetingeditor.h"
#include "ui/editor/readonlyview.h"
#include "ui/sections/actionsboard.h"
#include "ui/sections/calendaractions.h"
#include "ui/sections/charterpage.h"
#include "ui/sections/meetingspage.h"
#include "ui/sections/offlineactions.h"
#include "ui/sections/presentationwindow.h"
#include "ui/sections/progresspage.h"

#include "reports/progressreport.h"
#include "ui/settings.h"

#include "core/auditlog.h"
#include "core/backups.h"
#include "core/changewatcher.h"
#include "core/database.h"
#include "core/erasure.h"
#include "core/keptedits.h"
#include "core/retention.h"
#include "core/teamrepository.h"
#include "reports/documentwriter.h"
#include "reports/minutes.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QScreen>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Coproduce {

using namespace Qt::StringLiterals;

MainWindow::MainWindow(Database &database, QWidget *parent)
    : QMainWindow(themed(parent))
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_settings(std::make_unique<Settings>())
    , m_database(database)
    , m_charters(new CharterPage(database, this))
    , m_meetings(new MeetingsPage(database, this))
    , m_actions(new ActionsBoard(database, this))
    , m_progress(new ProgressPage(database, this))
    , m_watcher(new ChangeWatcher(database, 2000, this))
{
    m_ui->setupUi(this);
    new FocusRing(this);
    m_announcer = new Announcer(this);
    statusBar()->addWidget(m_announcer, 1);
    // Every text field checks against the built-in words and this database's own.
    PlainEnglishAssist::setWords(WordRepository(database).dictionary());
    // And their spelling, unless turned off (Edit › Spelling).
    m_spelling = new SpellingMenu(database, *m_settings, this);
    m_ui->menuEdit->addMenu(m_spelling);
    setUpReadAloud();
    setWindowTitle(tr("%1 – Coproduce").arg(databaseName()));
    if (m_database.sendsInTheClear()) {
        auto *clear = new QLabel(tr("Not encrypted: what is shown and typed here crosses the network "
                                    "readable. Ask the area's IT team for an encrypted (TLS) connection."),
                                 this);
        clear->setObjectName(u"notEncrypted"_s);
        clear->setWordWrap(true);
        clear->setStyleSheet(Theme::problemStyle());
        statusBar()->addPermanentWidget(clear, 1);
    }
    // At large text sizes a section can need more room than a small laptop screen has: it scrolls rather
    // than push the window past the screen's edge. (Each on its own, so one wide section does not widen
    // the others.)
    const auto scrolled = [](QWidget *section) {
        auto *scroll = new QScrollArea;
        scroll->setObjectName(section->objectName() + u"Scroll"_s);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidgetResizable(true);
        // The section's own controls take the keyboard (and bring themselves into view); a focusable
        // frame around them would be one more unnamed stop on the way.
        scroll->setFocusPolicy(Qt::NoFocus);
        scroll->setWidget(section);
        return scroll;
    };
    m_ui->sections->addTab(scrolled(m_charters), tr("&Charters"));
    m_ui->sections->addTab(scrolled(m_meetings), tr("&Series and meetings"));
    m_ui->sections->addTab(scrolled(m_actions), tr("&Actions"));
    // (No Alt letter: every letter of "Progress" is taken somewhere in the window; Ctrl+4 reaches it.)
    m_ui->sections->addTab(scrolled(m_progress), tr("Progress"));

    connect(m_ui->sections, &QTabWidget::currentChanged, this, &MainWindow::sectionChanged);
    connect(m_charters, &CharterPage::problem, this, &MainWindow::showProblem);
    connect(m_charters, &CharterPage::status, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_charters, &CharterPage::presentRequested, this, [this](const Charter &charter, int card) {
        if (!m_presentation)
            m_presentation = newPresentation();
        m_presentation->showCards(charter, card);
        m_presentation->present(PresentationWindow::chooseScreen(m_settings->presentationScreen(), this));
    });
    connect(m_charters, &CharterPage::currentCharterChanged, this,
            [this](const QString &id) { m_settings->setCharter(m_database.path(), id); });
    connect(m_actions, &ActionsBoard::problem, this, &MainWindow::showProblem);
    connect(m_progress, &ProgressPage::problem, this, &MainWindow::showProblem);
    connect(m_progress, &ProgressPage::numbersChanged, this, &MainWindow::updateDocumentActions);
    connect(m_actions, &ActionsBoard::openMeeting, this, [this](qint64 id) {
        showSection(Meetings);
        m_meetings->openMeeting(id);
    });
    MeetingEditor *editor = m_meetings->editor();
    connect(editor, &MeetingEditor::problem, this, &MainWindow::showProblem);
    connect(editor, &MeetingEditor::announce, m_announcer, &Announcer::announce);
    connect(editor, &MeetingEditor::presentLadder, this, [this, editor](qint64 activityId, bool poll) {
        const MeetingEdits edits(m_database);
        if (!m_presentation)
            m_presentation = newPresentation();
        m_presentation->showLadder(edits.value(Field::ActivityTitle, activityId).toString(),
                                   edits.ratings(activityId), edits.poll(activityId), poll ? 1 : 0);
        m_presentation->present(PresentationWindow::chooseScreen(m_settings->presentationScreen(), editor));
    });
    connect(m_meetings, &MeetingsPage::meetingOpened, this, [this, editor](qint64 id) {
        watchUndoStack(editor->undoStack());
        updateUndoActions();
        m_settings->setMeeting(m_database.path(), id);
        updateDocumentActions();
    });
    connect(m_meetings, &MeetingsPage::meetingClosed, this, [this] {
        updateUndoActions();
        updateDocumentActions();
    });
    connect(m_meetings, &MeetingsPage::problem, this, &MainWindow::showProblem);
    connect(m_meetings, &MeetingsPage::status, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_watcher, &ChangeWatcher::changedElsewhere, this, &MainWindow::reload);
    connect(m_watcher, &ChangeWatcher::connectionLost, this, &MainWindow::showConnectionLost);
    connect(m_watcher, &ChangeWatcher::connectionRestored, this, [this] {
        m_ui->connectionBanner->hide();
        storeKept();
        const QString back = tr("Connected to the area's server again. Everything shown is up to date.");
        statusBar()->clearMessage(); // the announcer shows it, where a message would lie on top of it
        m_announcer->announce(back);
    });

    AuditLog::setActor(m_settings->facilitatorName());
    setUpActions();
    qApp->installEventFilter(this);
    m_ui->actionHighContrast->setChecked(m_settings->highContrast());
    restorePlace();
    // What was typed while the server was away, before this copy was closed: stored once the window is up.
    if (m_database.isServer())
        QTimer::singleShot(0, this, &MainWindow::storeKept);
    // One of the area's readers (partners): the server refuses their changes, so the window never asks.
    if (!TeamRepository(m_database).mayChangeMeetings())
        setReadOnly(tr("Read-only: your login (%1) is one of the area's readers. You can look, print and "
                       "export everything, but not change anything. An area admin can make you a "
                       "facilitator; then choose Try again.")
                        .arg(m_database.login()),
                    [this](QString *error) {
                        if (TeamRepository(m_database).mayChangeMeetings())
                            return true;
                        *error = tr("Your login is still one of the area's readers.");
                        return false;
                    });
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
    // The sections outlive this object's members while QWidget deletes its children: stop their signals
    // (an undo stack emits as it is cleared) from reaching a half-destroyed window.
    for (QObject *section :
         { static_cast<QObject *>(m_charters), static_cast<QObject *>(m_meetings),
           static_cast<QObject *>(m_actions), static_cast<QObject *>(m_meetings->editor()) })
        section->disconnect(this);
    for (QUndoStack *stack : { m_charters->undoStack(), m_meetings->undoStack(), m_actions->undoStack(),
                               m_meetings->editor()->undoStack() })
        if (stack)
            stack->disconnect(this);
    delete m_presentation;
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // A text field takes Ctrl+Z for its own typing. When it has nothing of its own to undo (say, the entry
    // line just emptied after adding a row), let Ctrl+Z undo the last change to the meeting instead.
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        const bool redo = key->matches(QKeySequence::Redo);
        if (undo || redo) {
            bool own = true;
            if (const auto *line = qobject_cast<QLineEdit *>(watched))
                own = undo ? line->isUndoAvailable() : line->isRedoAvailable();
            else if (const auto *plain = qobject_cast<QPlainTextEdit *>(watched))
                own = undo ? plain->document()->isUndoAvailable() : plain->document()->isRedoAvailable();
            if (!own) {
                event->ignore();
                return true;
            }
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

QWidget *MainWindow::themed(QWidget *parent)
{
    // Before the window itself exists: a widget made under the system font keeps parts of it (tables'
    // headers stayed small) even after the application's font changes.
    const Settings settings;
    Theme::apply(settings.zoom(), settings.highContrast());
    return parent;
}

void MainWindow::setUpReadAloud()
{
    m_readAloud = new ReadAloudActions(*m_settings, this);
    m_ui->menuView->addSeparator();
    m_ui->menuView->addAction(m_readAloud->readAction());
    m_ui->menuView->addAction(m_readAloud->stopAction());
    m_ui->menuView->addAction(m_readAloud->settingsAction());
    connect(m_readAloud, &ReadAloudActions::announce, m_announcer, &Announcer::announce);
    // With nothing selected: the chosen charter card, or the chosen activity's easy-read lines.
    m_readAloud->setSource([this]() -> QString {
        if (section() == Charters) {
            const Charter charter = m_charters->currentCharter();
            const int card = m_charters->currentCard();
            return card >= 0 && card < charter.principles.size()
                ? ReadAloudText::card(charter.principles.at(card))
                : QString();
        }
        MeetingEditor *editor = m_meetings->editor();
        if (section() == Meetings && editor->activityId() != 0) {
            editor->flush(); // what was typed a moment ago too
            const std::optional<Meeting> meeting = MeetingRepository(m_database).load(editor->meetingId());
            return meeting ? ReadAloudText::activity(*meeting, editor->activityId()) : QString();
        }
        return {};
    });
}

void MainWindow::setSpeech(SpeechEngine *engine)
{
    m_readAloud->setEngine(engine);
}

PresentationWindow *MainWindow::newPresentation()
{
    auto *presentation = new PresentationWindow;
    presentation->setReader(m_readAloud->reader(), m_settings->readEachPage());
    connect(presentation, &PresentationWindow::readEachPageChanged, this,
            [this](bool on) { m_settings->setReadEachPage(on); });
    // When the projector view closes, the keyboard comes back to the editor.
    connect(presentation, &QObject::destroyed, this, [this] {
        activateWindow();
        raise();
    });
    return presentation;
}

PresentationWindow *MainWindow::presentation() const
{
    return m_presentation.data();
}

void MainWindow::setUpActions()
{
    // Undo and redo follow the section that is showing (see undoTarget()).
    QAction *undo = m_undoAction = new QAction(tr("&Undo"), this);
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_redoAction = new QAction(tr("&Redo"), this);
    connect(undo, &QAction::triggered, this, [this] { undoOrRedo(false); });
    connect(redo, &QAction::triggered, this, [this] { undoOrRedo(true); });
    // The toolbar keeps its short words; the menu and the tooltip name the change.
    undo->setIconText(tr("Undo"));
    redo->setIconText(tr("Redo"));
    undo->setStatusTip(tr("Undo the last change"));
    redo->setStatusTip(tr("Make the change that was undone again"));
    for (QUndoStack *stack : { m_charters->undoStack(), m_meetings->undoStack(), m_actions->undoStack() })
        watchUndoStack(stack);
    // Both common redo keys on every platform, whatever the desktop's own preference.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &key : { QKeySequence(u"Ctrl+Shift+Z"_s), QKeySequence(u"Ctrl+Y"_s) })
        if (!redoKeys.contains(key))
            redoKeys << key;
    redo->setShortcuts(redoKeys);
    m_ui->menuEdit->insertAction(m_ui->actionFind, undo);
    m_ui->menuEdit->insertAction(m_ui->actionFind, redo);
    m_ui->menuEdit->insertSeparator(m_ui->actionFind);
    m_ui->actionZoomIn->setShortcuts({ QKeySequence::ZoomIn, QKeySequence(u"Ctrl+="_s) });
    m_ui->actionZoomOut->setShortcuts({ QKeySequence::ZoomOut });
    m_ui->actionNewMeeting->setShortcuts({ QKeySequence::New });

    for (QAction *action :
         { m_ui->actionNewMeeting, undo, redo, m_ui->actionFind, m_ui->actionPresent, m_ui->actionPrint })
        m_ui->toolBar->addAction(action);

    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionNewMeeting, &QAction::triggered, this, [this] {
        showSection(Meetings);
        m_meetings->newMeeting();
    });
    connect(m_ui->actionFind, &QAction::triggered, this, &MainWindow::find);
    connect(m_ui->actionWords, &QAction::triggered, this, [this] {
        WordsDialog dialog(m_database, this);
        if (dialog.exec() == QDialog::Accepted) {
            PlainEnglishAssist::setWords(WordRepository(m_database).dictionary());
            m_spelling->reteach();
        }
    });
    connect(m_ui->actionPrint, &QAction::triggered, this, &MainWindow::print);
    connect(m_ui->actionExport, &QAction::triggered, this, &MainWindow::exportMeeting);
    connect(m_ui->actionCharters, &QAction::triggered, this, [this] { showSection(Charters); });
    connect(m_ui->actionMeetings, &QAction::triggered, this, [this] { showSection(Meetings); });
    connect(m_ui->actionActions, &QAction::triggered, this, [this] { showSection(Actions); });
    connect(m_ui->actionProgress, &QAction::triggered, this, [this] { showSection(Progress); });
    connect(m_ui->actionZoomIn, &QAction::triggered, this, [this] { setZoom(Theme::zoom() + 10); });
    connect(m_ui->actionZoomOut, &QAction::triggered, this, [this] { setZoom(Theme::zoom() - 10); });
    connect(m_ui->actionZoomReset, &QAction::triggered, this, [this] { setZoom(100); });
    connect(m_ui->actionHighContrast, &QAction::toggled, this, [this](bool on) {
        m_settings->setHighContrast(on);
        Theme::apply(Theme::zoom(), on);
    });
    // Folding the meetings list away gives a small screen's width to the open meeting; remembered.
    m_ui->actionMeetingsList->setChecked(m_settings->meetingsList());
    m_meetings->setListShown(m_settings->meetingsList());
    connect(m_ui->actionMeetingsList, &QAction::toggled, this, [this](bool on) {
        m_settings->setMeetingsList(on);
        if (on)
            showSection(Meetings);
        m_meetings->setListShown(on);
    });
    connect(m_ui->actionFullScreen, &QAction::toggled, this,
            [this](bool on) { on ? showFullScreen() : showNormal(); });
    connect(m_ui->actionPresent, &QAction::triggered, this, &MainWindow::present);
    connect(m_ui->actionShortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Coproduce"),
                           tr("Coproduce %1: for running co-production meetings in local-area SEND services. "
                              "The database is %2.")
                               .arg(QCoreApplication::applicationVersion(), m_database.displayName()));
    });

    // The screen presentations open on, chosen once and remembered.
    QMenu *screens = m_ui->menuView->addMenu(tr("Present on scr&een"));
    auto *group = new QActionGroup(screens);
    connect(screens, &QMenu::aboutToShow, this, [this, screens, group] {
        screens->clear();
        QAction *automatic = screens->addAction(tr("The screen this window is not on"));
        automatic->setCheckable(true);
        automatic->setChecked(m_settings->presentationScreen().isEmpty());
        group->addAction(automatic);
        connect(automatic, &QAction::triggered, this,
                [this] { m_settings->setPresentationScreen(QString()); });
        for (QScreen *screen : QGuiApplication::screens()) {
            QAction *action = screens->addAction(tr("%1 (%2 × %3)")
                                                     .arg(screen->name())
                                                     .arg(screen->size().width())
                                                     .arg(screen->size().height()));
            action->setCheckable(true);
            action->setChecked(screen->name() == m_settings->presentationScreen());
            group->addAction(action);
            const QString name = screen->name();
            connect(action, &QAction::triggered, this,
                    [this, name] { m_settings->setPresentationScreen(name); });
        }
    });

    for (QAction *action : m_meetings->editor()->entryActions())
        m_ui->menuMeeting->addAction(action);
    m_ui->menuMeeting->addSeparator();
    m_meetingHistory = m_ui->menuMeeting->addAction(tr("Hist&ory of this meeting…"));
    m_meetingHistory->setShortcut(QKeySequence(u"Ctrl+H"_s));
    m_meetingHistory->setStatusTip(tr("Who changed what in this meeting, when, and from what to what"));
    connect(m_meetingHistory, &QAction::triggered, this, &MainWindow::showMeetingHistory);
    m_offline = new OfflineActions(m_database, m_meetings->editor(), this);
    m_ui->menuMeeting->addAction(m_offline->take());
    m_ui->menuMeeting->addAction(m_offline->publish());
    connect(m_offline, &OfflineActions::done, this, [this](const QString &message) {
        statusBar()->clearMessage(); // the announcer shows it, where a message would lie on top of it
        m_announcer->announce(message);
    });
    connect(m_offline, &OfflineActions::problem, m_meetings->editor(), &MeetingEditor::tell);
    connect(m_offline, &OfflineActions::meetingGone, this, [this] {
        m_meetings->editor()->close();
        reload();
    });
    // Calendar invites out, a council's calendar in (issue 23).
    m_ui->menuMeeting->addSeparator();
    m_calendar = new CalendarActions(m_database, m_meetings->editor(), this);
    for (QAction *action : { m_calendar->saveMeeting(), m_calendar->saveSeries(), m_calendar->import() })
        m_ui->menuMeeting->addAction(action);
    connect(m_calendar, &CalendarActions::done, this, [this](const QString &message) {
        statusBar()->clearMessage();
        m_announcer->announce(message);
    });
    connect(m_calendar, &CalendarActions::problem, m_meetings->editor(), &MeetingEditor::tell);
    connect(m_calendar, &CalendarActions::meetingsAdded, this, &MainWindow::reload);
    connect(m_ui->actionYourName, &QAction::triggered, this, &MainWindow::askFacilitatorName);
    connect(m_ui->actionBackups, &QAction::triggered, this, &MainWindow::showBackups);
    connect(m_ui->actionConnect, &QAction::triggered, this, &MainWindow::showConnect);
    connect(m_ui->actionErasePerson, &QAction::triggered, this, &MainWindow::showErasure);
    connect(m_ui->actionRetention, &QAction::triggered, this, &MainWindow::showRetention);
    connect(m_ui->readOnlyRetry, &QPushButton::clicked, this, [this] {
        QString error;
        if (m_tryAgain && m_tryAgain(&error))
            leaveReadOnly();
        else
            statusBar()->showMessage(
                error.isEmpty() ? tr("The other copy still has the database open.") : error, 8000);
    });
    m_deleteMeeting = m_ui->menuMeeting->addAction(tr("D&elete this meeting"));
    m_deleteMeeting->setStatusTip(tr("Delete the open meeting with everything in it (Undo puts it back)"));
    connect(m_deleteMeeting, &QAction::triggered, this,
            [this] { m_meetings->deleteMeeting(m_meetings->editor()->meetingId()); });
    // Every command can be found by its shortcut anywhere in the window, including the toolbar's.
    for (QAction *action : findChildren<QAction *>())
        if (!action->shortcut().isEmpty() && !action->statusTip().isEmpty())
            action->setToolTip(tr("%1 (%2)").arg(action->statusTip(),
                                                 action->shortcut().toString(QKeySequence::NativeText)));
}

void MainWindow::openMeetingOrNewest(qint64 meetingId)
{
    if (meetingId != 0 && m_meetings->openMeeting(meetingId))
        return;
    // The newest meeting, so the editor is never an empty grey box.
    if (const qint64 newest = MeetingList(m_database).newest())
        m_meetings->openMeeting(newest);
}

void MainWindow::restorePlace()
{
    if (!restoreGeometry(m_settings->geometry()))
        resize(1280, 800);
    restoreState(m_settings->windowState());
    const qint64 meeting = m_settings->meeting(m_database.path());
    openMeetingOrNewest(meeting);
    m_charters->selectCharter(m_settings->charter(m_database.path()));
    showSection(Section(m_settings->page(m_database.path())));
    sectionChanged(m_ui->sections->currentIndex());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_meetings->editor()->flush();
    m_settings->setGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->setPage(m_database.path(), m_ui->sections->currentIndex());
    if (m_presentation)
        m_presentation->close();
    event->accept();
}

void MainWindow::showSection(Section section)
{
    // The keyboard goes with the eye: into the section, where it was last, else to its first control. The
    // focus moves before the section is shown, so that a screen reader hears only where it lands.
    QWidget *pages[] = { m_charters, m_meetings, m_actions, m_progress };
    QWidget *page = pages[qBound(0, int(section), 3)];
    QWidget *target
        = page->isAncestorOf(QApplication::focusWidget()) ? QApplication::focusWidget() : page->focusWidget();
    for (QWidget *w = page->nextInFocusChain(); !target && w && w != page; w = w->nextInFocusChain())
        if (FocusMove::canTake(w, page))
            target = w;
    if (target)
        FocusMove::to(target);
    m_ui->sections->setCurrentIndex(int(section));
}

MainWindow::Section MainWindow::section() const
{
    return Section(m_ui->sections->currentIndex());
}

void MainWindow::updateDocumentActions()
{
    // Print and Export work on the open meeting (in Progress, on the progress report); without one they say
    // so rather than doing nothing.
    const bool progress = section() == Progress;
    const bool open = progress ? m_progress->numbers().has_value() : m_meetings->editor()->meetingId() != 0;
    for (QAction *action : { m_ui->actionPrint, m_ui->actionExport, m_deleteMeeting, m_meetingHistory }) {
        if (!action)
            continue;
        const bool documentAction = action == m_ui->actionPrint || action == m_ui->actionExport;
        action->setEnabled(open && (documentAction || !progress));
        action->setToolTip(!open && progress ? tr("Choose dates that make a range first")
                               : open        ? action->statusTip()
                                             : tr("Open a meeting first"));
    }
}

QUndoStack *MainWindow::undoTarget(bool redo) const
{
    if (section() == Charters)
        return m_charters->undoStack();
    if (section() == Actions)
        return m_actions->undoStack();
    QUndoStack *meeting = m_meetings->editor()->undoStack();
    if (meeting && (redo ? meeting->canRedo() : meeting->canUndo()))
        return meeting;
    return m_meetings->undoStack();
}

void MainWindow::watchUndoStack(QUndoStack *stack)
{
    if (!stack)
        return;
    for (auto signal : { &QUndoStack::canUndoChanged, &QUndoStack::canRedoChanged })
        connect(stack, signal, this, &MainWindow::updateUndoActions, Qt::UniqueConnection);
    for (auto signal : { &QUndoStack::undoTextChanged, &QUndoStack::redoTextChanged })
        connect(stack, signal, this, &MainWindow::updateUndoActions, Qt::UniqueConnection);
}

void MainWindow::undoOrRedo(bool redo)
{
    QUndoStack *stack = undoTarget(redo);
    const QUndoCommand *command = stack->command(redo ? stack->index() : stack->index() - 1);
    if (!command)
        return;
    // Said after it worked: a step that fails (another window changed the same thing) leaves the stack,
    // and its problem is shown instead.
    const QString said = redo ? ChangeWords::redid(command) : ChangeWords::undid(command);
    const int count = stack->count();
    const int expected = stack->index() + (redo ? 1 : -1);
    redo ? stack->redo() : stack->undo();
    if (stack->count() == count && stack->index() == expected) {
        statusBar()->clearMessage();
        m_announcer->announce(said);
    }
}

void MainWindow::updateUndoActions()
{
    if (!m_undoAction)
        return;
    // The menu says what will be undone ("Undo Delete meeting “…”"), as QUndoStack's own actions do.
    const QUndoStack *undo = undoTarget(false);
    m_undoAction->setEnabled(undo->canUndo());
    // The menu names the change: "Undo add decision “Open the library…”".
    m_undoAction->setText(
        undo->canUndo() && !undo->undoText().isEmpty() ? tr("&Undo %1").arg(undo->undoText()) : tr("&Undo"));
    const QUndoStack *redo = undoTarget(true);
    m_redoAction->setEnabled(redo->canRedo());
    m_redoAction->setText(
        redo->canRedo() && !redo->redoText().isEmpty() ? tr("&Redo %1").arg(redo->redoText()) : tr("&Redo"));
}

void MainWindow::sectionChanged(int index)
{
    updateUndoActions();
    m_ui->menuMeeting->setEnabled(index == Meetings);
    updateDocumentActions();
    if (index == Actions)
        m_actions->reload(); // statuses may have changed in a meeting
    if (index == Progress)
        m_progress->reload(); // so may every number
    m_settings->setPage(m_database.path(), index);
}

void MainWindow::storeKept()
{
    const KeptEdits::Outcome outcome = KeptEdits::storeFor(m_database);
    if (outcome.stored > 0) {
        const QString said = tr("Saved %n changes typed while the area's server was not answering.", nullptr,
                                outcome.stored);
        statusBar()->clearMessage(); // the announcer shows it, where a message would lie on top of it
        m_announcer->announce(said);
    }
    if (!outcome.refused.isEmpty()) {
        m_meetings->reload();
        m_meetings->editor()->tell(outcome.refused.join(u'\n'));
    }
}

void MainWindow::reload()
{
    storeKept(); // before anything is read again, so the views show it
    m_charters->reload();
    m_meetings->reload();
    // The board's queries are the heaviest; a hidden board is read again when it is next shown.
    if (m_actions->isVisible())
        m_actions->reload();
    if (m_progress->isVisible())
        m_progress->reload();
}

void MainWindow::setToday(const QDate &today)
{
    m_today = today;
    m_meetings->setToday(today);
    m_actions->setToday(today);
    m_progress->setToday(today);
}

void MainWindow::setZoom(int percent)
{
    m_settings->setZoom(percent);
    Theme::apply(m_settings->zoom(), m_settings->highContrast());
    statusBar()->showMessage(tr("Text size %1%").arg(m_settings->zoom()), 3000);
}

void MainWindow::present()
{
    // In Progress the room sees how far it has come: each chart, large, with its sentence.
    if (section() == Progress && m_progress->numbers()) {
        if (!m_presentation)
            m_presentation = newPresentation();
        m_presentation->showProgress(ProgressReport(*m_progress->numbers()).title(), m_progress->slides(), 0);
        m_presentation->present(PresentationWindow::chooseScreen(m_settings->presentationScreen(), this));
        return;
    }
    if (section() == Meetings && m_meetings->editor()->activityId() != 0) {
        m_meetings->editor()->present();
        return;
    }
    showSection(Charters);
    Q_EMIT m_charters->presentRequested(m_charters->currentCharter(), m_charters->currentCard());
}

void MainWindow::find()
{
    if (section() == Actions) {
        m_actions->focusFilters();
        return;
    }
    showSection(Meetings);
    m_meetings->focusSearch();
}

void MainWindow::print()
{
    if (section() == Progress && m_progress->numbers()) {
        printDocument(ProgressReport(*m_progress->numbers()).document(ReportOptions(), false),
                      tr("Print the progress report: %1"));
        return;
    }
    const qint64 meeting = m_meetings->editor()->meetingId();
    m_meetings->editor()->flush(); // print what is on the screen, typed a moment ago or not
    const std::optional<Minutes> minutes = Minutes::load(m_database, meeting);
    if (!minutes) {
        showProblem(tr("Open a meeting to print its minutes."));
        return;
    }
    // Printed papers go round the room: names as each person asked.
    const Document document = minutes->document(ReportOptions());
    // Before the paper goes round: a name no font here can draw prints as empty boxes.
    if (const QStringList lost = DocumentWriter::undrawable(document); !lost.isEmpty())
        QMessageBox::warning(this, tr("Some letters cannot be drawn"),
                             DocumentWriter::undrawableWarning(lost, tr("The printed minutes"),
                                                               DocumentWriter::Output::Print));
    printDocument(document, tr("Print the minutes: %1"));
}

void MainWindow::printDocument(const Document &document, const QString &title)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(document.pageSize);
    printer.setDocName(document.title);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(title.arg(document.title));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&document](QPrinter *target) { DocumentWriter::paint(document, target); });
    preview.exec();
}

void MainWindow::exportMeeting()
{
    if (section() == Progress && m_progress->numbers()) {
        ExportDialog dialog(m_database, *m_progress->numbers(), this);
        if (dialog.exec() == QDialog::Accepted)
            statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(dialog.savedPath())), 15000);
        return;
    }
    const qint64 meeting = m_meetings->editor()->meetingId();
    m_meetings->editor()->flush();
    ExportDialog dialog(m_database, meeting, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(dialog.savedPath())), 15000);
}

void MainWindow::setReadOnly(const QString &why, std::function<bool(QString *error)> tryAgain)
{
    m_readOnly = true;
    m_tryAgain = std::move(tryAgain);
    m_ui->readOnlyText->setText(why);
    m_ui->readOnlyBanner->setAccessibleDescription(why);
    m_ui->readOnlyBanner->show();
    // A border in the theme's own highlight colour, so it shows in high contrast too; bold says it first.
    m_ui->readOnlyBanner->setStyleSheet(Theme::bannerStyle(m_ui->readOnlyBanner->objectName()));
    QFont bold = m_ui->readOnlyText->font();
    bold.setBold(true);
    m_ui->readOnlyText->setFont(bold);
    applyReadOnly();
    setWindowTitle(tr("%1 (read-only) – Coproduce").arg(databaseName()));
}

void MainWindow::leaveReadOnly()
{
    m_readOnly = false;
    m_ui->readOnlyBanner->hide();
    applyReadOnly();
    setWindowTitle(tr("%1 – Coproduce").arg(databaseName()));
    afterBulkChange();
    statusBar()->showMessage(tr("The database is open for changes again."), 8000);
}

ConnectDialog *MainWindow::showConnect()
{
    auto *dialog = new ConnectDialog(m_database.path(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString chosen = dialog->location();
        if (chosen == (m_database.isServer() ? m_database.path() : QString()))
            return; // where it is already
        m_settings->setDatabase(chosen);
        statusBar()->showMessage(tr("Opening %1…").arg(chosen.isEmpty() ? tr("this laptop's file") : chosen));
        Q_EMIT databaseChosen(chosen);
    });
    dialog->show();
    return dialog;
}

void MainWindow::showConnectionLost(const QDateTime &since)
{
    const QString why
        = tr("The area's server has not answered since %1. Coproduce is trying to reach it again; until it "
             "does, changes cannot be saved to it.")
              .arg(since.toLocalTime().toString(u"HH:mm"_s));
    m_ui->connectionText->setText(why);
    m_ui->connectionBanner->setAccessibleDescription(why);
    m_ui->connectionBanner->setStyleSheet(Theme::bannerStyle(m_ui->connectionBanner->objectName()));
    QFont bold = m_ui->connectionText->font();
    bold.setBold(true);
    m_ui->connectionText->setFont(bold);
    m_ui->connectionBanner->show();
    m_announcer->announce(why);
}

QString MainWindow::databaseName() const
{
    if (!m_database.isServer())
        return QFileInfo(m_database.path()).fileName();
    // Who is signed in, as the audit trail will name them: someone with two logins (a facilitator who is
    // also an admin) sees which window is which.
    const QString server = tr("%1 as %2").arg(m_database.displayName(), m_database.login());
    // Said wherever the server is named, so it is never missed (the window also says it in words).
    return m_database.sendsInTheClear() ? tr("%1, not encrypted").arg(server) : server;
}

void MainWindow::applyReadOnly()
{
    for (QAction *action : { m_ui->actionNewMeeting, m_ui->actionWords, m_ui->actionBackups,
                             m_ui->actionErasePerson, m_ui->actionRetention, m_deleteMeeting })
        action->setVisible(!m_readOnly);
    // The area's server is backed up by its IT team, not by each copy of the app (Backups::onServer), and
    // names who made each change by their login.
    if (m_database.isServer()) {
        m_ui->actionBackups->setVisible(false);
        m_ui->actionYourName->setVisible(false);
    }
    for (QAction *action : m_meetings->editor()->entryActions())
        action->setEnabled(!m_readOnly);
    m_meetings->editor()->setReadOnly(m_readOnly);
    for (QWidget *page : { static_cast<QWidget *>(m_charters), static_cast<QWidget *>(m_meetings),
                           static_cast<QWidget *>(m_actions) })
        for (const char *name :
             { "newButton", "copyButton", "editButton", "importButton", "deleteButton", "statusButton" })
            if (auto *button = page->findChild<QWidget *>(QString::fromLatin1(name)))
                ReadOnlyView::disable(button, m_readOnly);
}

void MainWindow::askFacilitatorName()
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Your name in the history"),
        tr("Every change is recorded with who made it. Your name (leave it empty to use this computer's user "
           "name, %1):")
            .arg(AuditLog::systemUser()),
        QLineEdit::Normal, m_settings->facilitatorName(), &ok);
    if (ok)
        setFacilitatorName(name);
}

void MainWindow::setFacilitatorName(const QString &name)
{
    m_settings->setFacilitatorName(name);
    AuditLog::setActor(m_settings->facilitatorName());
    statusBar()->showMessage(tr("Changes are now recorded as made by %1.").arg(AuditLog::actor()), 8000);
}

HistoryDialog *MainWindow::showMeetingHistory()
{
    MeetingEditor *editor = m_meetings->editor();
    if (editor->meetingId() == 0)
        return nullptr;
    const std::optional<MeetingSummary> meeting = MeetingList(m_database).summary(editor->meetingId());
    const QString title = meeting ? meeting->title : QString();
    auto *dialog = new HistoryDialog(m_database, editor->meetingId(), 0, tr("\"%1\"").arg(title), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MainWindow::beforeBulkChange()
{
    m_meetings->editor()->flush();
}

void MainWindow::afterBulkChange()
{
    // Undo would put back what was just erased, restored over or deleted: the stacks start again.
    const qint64 open = m_meetings->editor()->meetingId();
    m_meetings->editor()->close();
    for (QUndoStack *stack : { m_charters->undoStack(), m_meetings->undoStack(), m_actions->undoStack() })
        stack->clear();
    m_charters->reload();
    m_meetings->reload();
    m_actions->reload(); // even hidden: its rows may name what is gone
    openMeetingOrNewest(open);
    updateUndoActions();
    updateDocumentActions();
}

BackupsDialog *MainWindow::showBackups()
{
    auto *dialog = new BackupsDialog(
        m_database,
        [this](const QString &backup, QString *error) {
            beforeBulkChange();
            const bool ok = Backups::restore(m_database, backup, error);
            afterBulkChange();
            return ok;
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

EraseDialog *MainWindow::showErasure()
{
    auto *dialog = new EraseDialog(
        m_database,
        [this](const QString &name, bool deleteWords, QString *summary,
               QString *error) -> std::optional<QStringList> {
            beforeBulkChange();
            const std::optional<Erasure::Summary> done = Erasure::erase(m_database, name, deleteWords, error);
            afterBulkChange();
            if (!done)
                return std::nullopt;
            *summary
                = tr("Erased. Attendances now showing only the role: %1. Pieces of text the name was taken "
                     "out of: %2.")
                      .arg(done->attendances)
                      .arg(done->textsChanged);
            if (deleteWords)
                *summary
                    += u' ' + tr("Things they said that were deleted: %1.").arg(done->contributionsDeleted);
            return done->backupsWithName;
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

RetentionDialog *MainWindow::showRetention()
{
    auto *dialog = new RetentionDialog(
        m_database,
        [this](const QList<qint64> &ids, QString *error) {
            beforeBulkChange();
            const std::optional<int> removed = Retention::remove(m_database, ids, error);
            afterBulkChange();
            return removed;
        },
        m_today, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MainWindow::showProblem(const QString &message)
{
    statusBar()->showMessage(message, 15000);
}

void MainWindow::showShortcuts()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Keyboard shortcuts"));
    auto *table = new QTableWidget(&dialog);
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({ tr("Command"), tr("Keys") });
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->setAccessibleName(tr("Keyboard shortcuts"));
    QList<QPair<QString, QString>> rows;
    for (QAction *action : findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        rows.append({ action->text().remove(u'&').remove(u"…"_s), keys.join(tr(" or ")) });
    }
    rows.append({ tr("Move the chosen row up or down"), tr("Alt+Up, Alt+Down") });
    rows.append({ tr("Delete the chosen row"), tr("Delete (undo with Ctrl+Z)") });
    rows.append({ tr("Change an action's status"), tr("Enter on the action") });
    rows.append({ tr("Next or previous card when presenting"), tr("Page Down/Up, arrows, Space") });
    rows.append({ tr("Explain or fix the hard word at the cursor; else go to the next mark"), tr("Ctrl+.") });
    rows.append({ tr("Replace the hard word at the cursor with plain words"), tr("Ctrl+Shift+.") });
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        table->setItem(r, 0, new QTableWidgetItem(rows.at(r).first));
        table->setItem(r, 1, new QTableWidgetItem(rows.at(r).second));
    }
    table->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(640, 560);
    dialog.exec();
}

} // namespace Coproduce
