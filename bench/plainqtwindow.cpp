// bench-plain-qt-window: the widgets of Hindsight's first frame in plain Qt, for hindsight-bench to
// time beside the app and the bare window. Menu bar, tool bar, filter box and a table of 200 synthetic
// incidents in a plain QAbstractTableModel: no database and no app code, with the app's own techniques
// (warmup.h, PlainHeaderView, TextItemDelegate, lazy standard icons, unshaped interface text). What it
// needs is what Qt needs to lay out and paint that frame.

#include "incidentlistmodel.h"
#include "plainheaderview.h"
#include "quitonfirstpaint.h"
#include "textitemdelegate.h"
#include "theme.h"
#include "warmup.h"

#include <QAbstractTableModel>
#include <QApplication>
#include <QDate>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QMainWindow>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace {

// IncidentListModel's first page, so the reference draws as many rows as the app loads.
constexpr int Rows = hs::IncidentListModel::PageSize;

// Titles like the corpus's, from fixed lists (the corpus's generator takes longer to start than the
// window it would fill).
QString title(int row) {
    static const char *const systems[] = {"Checkout", "Login",     "Billing",   "Search",
                                          "Database", "Scheduler", "Email",     "Gateway",
                                          "Storage",  "Webhooks",  "Analytics", "CDN"};
    static const char *const problems[] = {"outage",     "500 errors", "latency spike",
                                           "crash loop", "data loss",  "wrong totals",
                                           "failover",   "deadlock",   "broken links"};
    static const char *const contexts[] = {
        "", " after deploy", " in eu west", " during migration", " after config change", " on black friday",
        ""};
    return QStringLiteral("%1 %2%3").arg(QLatin1String(systems[row * 7 % 12]),
                                         QLatin1String(problems[row % 9]), QLatin1String(contexts[row % 7]));
}

// A plain table model, filled after the view is set up, as IncidentListModel fills its first page.
class Incidents final : public QAbstractTableModel {
public:
    using QAbstractTableModel::QAbstractTableModel;

    void load() {
        static const QStringList statuses{QStringLiteral("Ongoing"), QStringLiteral("Resolved"),
                                          QStringLiteral("Documented"), QStringLiteral("Shared")};
        beginInsertRows({}, 0, Rows - 1);
        for (int row = 0; row < Rows; ++row)
            m_rows.append({QLocale().toString(QDate(2026, 1, 1).addDays(-row / 15), QLocale::ShortFormat),
                           title(row), statuses.at(row * 5 % 4), QStringLiteral("%1/5").arg(row * 3 % 6)});
        endInsertRows();
    }
    int rowCount(const QModelIndex &parent = {}) const override {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 4; }
    QVariant data(const QModelIndex &index, int role) const override {
        if (role == Qt::DisplayRole)
            return m_rows.at(index.row()).at(index.column());
        if (role == Qt::TextAlignmentRole && index.column() == 3)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override {
        static const QStringList titles{QStringLiteral("Date"), QStringLiteral("Title"),
                                        QStringLiteral("Status"), QStringLiteral("Written")};
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return QAbstractTableModel::headerData(section, orientation, role);
        return titles.at(section);
    }

private:
    QList<QStringList> m_rows;
};

QWidget *incidentList(QWidget *parent) {
    auto *list = new QWidget(parent);
    auto *filter = new QLineEdit(list);
    filter->setPlaceholderText(QStringLiteral("Filter by title or channel"));
    auto *view = new QTableView(list);
    view->setHorizontalHeader(new hs::PlainHeaderView(Qt::Horizontal, view));
    view->setItemDelegate(new hs::TextItemDelegate(view));
    auto *model = new Incidents(view);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setResizeContentsPrecision(0);
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    header->setSortIndicator(0, Qt::DescendingOrder);
    header->setSortIndicatorShown(true);
    model->load();
    auto *layout = new QVBoxLayout(list);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(filter);
    layout->addWidget(view);
    view->setFocus(); // as in the app, where the list has the focus
    return list;
}

} // namespace

int main(int argc, char *argv[]) {
    hs::warmup::Fontconfig fontconfig;
    QApplication app(argc, argv);
    hs::warmup::startPaintThreads();
    hs::theme::setUpInterface();
    fontconfig.wait();

    QMainWindow window;
    window.resize(1100, 720);
    for (const char *menu : {"&File", "&Edit", "&View", "&Settings", "&Help"})
        window.menuBar()->addMenu(QString::fromLatin1(menu));
    QToolBar *tools = window.addToolBar(QStringLiteral("Main Toolbar"));
    tools->setMovable(false);
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addAction(QStringLiteral("New Incident…"));
    tools->addAction(QStringLiteral("Import…"));
    tools->addSeparator();
    for (const char *disabled : {"Export PDF", "Copy Channel"})
        tools->addAction(QString::fromLatin1(disabled))->setEnabled(false);
    tools->addSeparator();
    tools->addAction(QStringLiteral("Delete Incident…"))->setEnabled(false);
    auto *splitter = new QSplitter(&window);
    splitter->setContentsMargins(6, 6, 6, 0);
    splitter->addWidget(incidentList(splitter));
    splitter->addWidget(new QWidget(splitter)); // the editor is blank in the app's first frame too
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({440, 660}); // as MainWindow on a first launch
    window.setCentralWidget(splitter);
    window.statusBar();

    hs::bench::QuitOnFirstPaint quitter;
    if (app.arguments().contains(QStringLiteral("--quit-after-first-paint")))
        window.installEventFilter(&quitter);
    window.show();
    return app.exec();
}
