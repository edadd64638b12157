<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>Negotiator</name>
    <message>
        <location filename="../../src/negotiator_gui/app/document.py"/>
        <source>The document has no file yet: choose where to save it.</source>
        <translation>このシナリオにはまだファイルがありません。保存先を選んでください。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/app/document.py"/>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/app/rates.py"/>
        <source>base MFN (flow table): {rate}</source>
        <translation>基本MFN税率(フロー表): {rate}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/app/rates.py"/>
        <source>On {date}:</source>
        <translation>{date} 時点:</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/app/rates.py"/>
        <source>Under the current package:</source>
        <translation>現在のパッケージの下で:</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/app/usecases/brief_revision.py"/>
        <source>Unsaved edits since library revision {n} of {date}</source>
        <translation>ライブラリの版 {n}（{date}）以降の未保存の編集</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/app/usecases/brief_revision.py"/>
        <source>Library revision {n} of {date}</source>
        <translation>ライブラリの版 {n}（{date}）</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/app/usecases/brief_revision.py"/>
        <source>Unsaved edits to file {name}</source>
        <translation>ファイル {name} への未保存の編集</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/app/usecases/brief_revision.py"/>
        <source>File {name}</source>
        <translation>ファイル {name}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/app/usecases/brief_revision.py"/>
        <source>Not saved yet: a draft</source>
        <translation>未保存：草案</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/app/usecases/library_document.py"/>
        <source>Merge of {file}</source>
        <translation>{file} のマージ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/app/usecases/library_document.py"/>
        <source>and {n} more</source>
        <translation>ほか {n} 件</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/app/usecases/merge.py"/>
        <location filename="../../src/negotiator_gui/ui/io/merge.py"/>
        <location filename="../../src/negotiator_gui/ui/io/merge_menu.py"/>
        <source>Merge a colleague&apos;s file</source>
        <translation>同僚のファイルを統合</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/app/usecases/merge.py"/>
        <source>Common version: revision {number} of “{name}” in the library</source>
        <translation>共通の版：ライブラリの「{name}」の版 {number}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/app/usecases/output.py"/>
        <source>Unexpected problem ({kind}): {text}</source>
        <translation>予期しない問題が発生しました({kind}): {text}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/app/usecases/trade_import.py"/>
        <source>The scenario would not be valid after the import:</source>
        <translation>取り込み後のシナリオは次の点で不正になります:</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/app/usecases/trade_import.py"/>
        <location filename="../../src/negotiator_gui/ui/io/import_export.py"/>
        <source>Nothing to import: no row of {name} was accepted.</source>
        <translation>取り込むデータがありません。{name} の行は 1 行も受け付けられませんでした。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/cli/impact.py"/>
        <source>rates after {as_of} are a projection: the measures as known and scheduled on that date, nothing announced later</source>
        <translation>{as_of} より後の税率は予測です:その日に判明し予定されていた措置によるもので、その後の発表は含みません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/bargaining.py"/>
        <source>the package leaves issue &apos;{issue}&apos; open</source>
        <translation>パッケージで論点「{issue}」が未決定です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/bargaining.py"/>
        <location filename="../../src/negotiator_gui/core/beliefs/ranges.py"/>
        <source>unknown option &apos;{option}&apos; of &apos;{issue}&apos;</source>
        <translation>論点「{issue}」に選択肢「{option}」はありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/bargaining.py"/>
        <source>an analysis needs at least two negotiating parties</source>
        <translation>分析には交渉当事者が 2 つ以上必要です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/bargaining.py"/>
        <source>the scenario has no issues to negotiate</source>
        <translation>シナリオに交渉する論点がありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/bargaining.py"/>
        <source>party &apos;{party}&apos; has no preferences (weights and scores)</source>
        <translation>当事者「{party}」に選好(ウェイトと評点)がありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/bargaining.py"/>
        <source>issue &apos;{issue}&apos; has no options</source>
        <translation>論点「{issue}」に選択肢がありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/bargaining.py"/>
        <source>{party} has no weights: all its utilities are 0</source>
        <translation>{party} にウェイトがありません。効用はすべて 0 になります</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/bargaining.py"/>
        <source>{party} has no score for &apos;{option}&apos; of &apos;{issue}&apos;: 0</source>
        <translation>{party} には論点「{issue}」の選択肢「{option}」の評点がありません(0 とします)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/bargaining.py"/>
        <source>{party}&apos;s no-deal package leaves &apos;{issue}&apos; open: it counts 0</source>
        <translation>{party} の合意なしパッケージでは論点「{issue}」が未決定です(0 とします)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/bargaining.py"/>
        <source>the frontier is approximate: the space is too large to merge exactly within the work limit, so the points carried from issue to issue were thinned {n} times; every point shown is a real package, and every package is within {error} points of a point shown, for every party at once (fix some issues or merge options for an exact frontier)</source>
        <translation>フロンティアは近似です。空間が大きすぎて作業量の上限内では厳密に統合できないため、論点ごとに引き継ぐ点を {n} 回間引きました。表示した点はすべて実在のパッケージで、どのパッケージも、すべての当事者について同時に、表示したいずれかの点から {error} ポイント以内にあります(厳密なフロンティアには、いくつかの論点を固定するか選択肢を統合してください)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/bargaining.py"/>
        <location filename="../../src/negotiator_gui/core/package_compare.py"/>
        <location filename="../../src/negotiator_gui/ui/packages/builder.py"/>
        <source>Nash bargaining solution</source>
        <translation>ナッシュ交渉解</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/bargaining.py"/>
        <location filename="../../src/negotiator_gui/core/package_compare.py"/>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <location filename="../../src/negotiator_gui/ui/analysis/models.py"/>
        <location filename="../../src/negotiator_gui/ui/charts/utility.py"/>
        <location filename="../../src/negotiator_gui/ui/packages/beliefs_panel.py"/>
        <location filename="../../src/negotiator_gui/ui/packages/builder.py"/>
        <source>Kalai–Smorodinsky</source>
        <translation>カライ・スモロディンスキー解</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/bargaining.py"/>
        <source>Max-min gain (egalitarian)</source>
        <translation>マックスミン解(平等主義)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/bargaining.py"/>
        <source>Utilitarian (max sum)</source>
        <translation>功利主義解(合計最大)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/bargaining.py"/>
        <source>with more than two parties, say whom the counter-package is for</source>
        <translation>当事者が 3 つ以上の場合は、対案パッケージの対象となる側を指定してください</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/beliefs/ranges.py"/>
        <source>{what}: a range is a pair (low, high)</source>
        <translation>{what}：範囲は（下限, 上限）の組で指定してください</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/beliefs/ranges.py"/>
        <source>{what}: the low end is above the high end</source>
        <translation>{what}：下限が上限を上回っています</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/beliefs/ranges.py"/>
        <source>{what}: a range cannot go below 0</source>
        <translation>{what}：範囲は 0 を下回ることはできません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/beliefs/ranges.py"/>
        <source>ranges for unknown party &apos;{party}&apos;</source>
        <translation>不明な当事者「{party}」に範囲が指定されています</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/beliefs/ranges.py"/>
        <source>ranges for unknown issue &apos;{issue}&apos;</source>
        <translation>不明な論点「{issue}」に範囲が指定されています</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/beliefs/report.py"/>
        <source>{share} by {party}</source>
        <translation>{party}が{share}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/beliefs/report.py"/>
        <source>{share} by all</source>
        <translation>全当事者が{share}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/beliefs/report.py"/>
        <source>% of {n} samples, seed {seed}</source>
        <translation>{n}サンプル中の割合（%）、シード{seed}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/beliefs/report.py"/>
        <source>every other side</source>
        <translation>他のすべての当事者</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/beliefs/report.py"/>
        <source>Under the ranges entered, {party} accepts this package in {share} of {n} samples (seed {seed}).</source>
        <translation>入力された範囲のもとで、{party}はこのパッケージを{n}サンプル中{share}で受け入れます（シード{seed}）。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/beliefs/report.py"/>
        <source>The Nash package stays the same within every weight&apos;s range.</source>
        <translation>どの重みもその範囲内ではナッシュ解のパッケージは変わりません。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/beliefs/report.py"/>
        <source>the weight {party} gives {issue}</source>
        <translation>{party}が{issue}に置く重み</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/beliefs/report.py"/>
        <source>The advice hinges most on {a}.</source>
        <translation>この提言は{a}に最も左右されます。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/beliefs/report.py"/>
        <source>The advice hinges most on {a} and {b}.</source>
        <translation>この提言は{a}と{b}に最も左右されます。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/beliefs/thresholds.py"/>
        <source>The Nash package stays the same over the whole range of the weight {party} gives {issue} ({low} to {high}).</source>
        <translation>{party}が{issue}に置く重みが範囲全体（{low}～{high}）のどこにあっても、ナッシュ解のパッケージは変わりません。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/beliefs/thresholds.py"/>
        <source>The Nash package stays the same while the weight {party} gives {issue} is below {above} (range {low} to {high}).</source>
        <translation>{party}が{issue}に置く重みが{above}未満である限り、ナッシュ解のパッケージは変わりません（範囲 {low}～{high}）。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/beliefs/thresholds.py"/>
        <source>The Nash package stays the same while the weight {party} gives {issue} is above {below} (range {low} to {high}).</source>
        <translation>{party}が{issue}に置く重みが{below}を超えている限り、ナッシュ解のパッケージは変わりません（範囲 {low}～{high}）。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/beliefs/thresholds.py"/>
        <source>The Nash package stays the same while the weight {party} gives {issue} is between {below} and {above} (range {low} to {high}).</source>
        <translation>{party}が{issue}に置く重みが{below}から{above}の間にある限り、ナッシュ解のパッケージは変わりません（範囲 {low}～{high}）。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/brief.py"/>
        <location filename="../../src/negotiator_gui/core/model.py"/>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>Demand</source>
        <translation>要求</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/brief.py"/>
        <location filename="../../src/negotiator_gui/core/model.py"/>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>Concession</source>
        <translation>譲歩</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/brief.py"/>
        <location filename="../../src/negotiator_gui/core/model.py"/>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>Red line</source>
        <translation>レッドライン</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/brief.py"/>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>held back</source>
        <translation>温存</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/brief.py"/>
        <source>on the table</source>
        <translation>提示中</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/brief.py"/>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>accepted</source>
        <translation>受諾</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/brief.py"/>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>rejected</source>
        <translation>拒否</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/brief.py"/>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>withdrawn</source>
        <translation>撤回</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/brief.py"/>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>traded</source>
        <translation>交換済み</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/brief.py"/>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/brief.py"/>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/brief.py"/>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/brief.py"/>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>open</source>
        <translation>期限なし</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/brief.py"/>
        <location filename="../../src/negotiator_gui/core/package_compare.py"/>
        <location filename="../../src/negotiator_gui/ui/packages/builder.py"/>
        <source>Offer of {party}, round {n}</source>
        <translation>{party} の提案(ラウンド {n})</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/brief.py"/>
        <source>Utilities cannot be computed: {why}</source>
        <translation>効用を計算できません：{why}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/brief.py"/>
        <source>The package leaves issues open: they count 0 in the utilities.</source>
        <translation>パッケージに未決の論点があります。効用では0として数えます。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/brief.py"/>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <location filename="../../src/negotiator_gui/core/package_math.py"/>
        <location filename="../../src/negotiator_gui/core/summary.py"/>
        <location filename="../../src/negotiator_gui/ui/analysis/models.py"/>
        <location filename="../../src/negotiator_gui/ui/packages/beliefs_panel.py"/>
        <location filename="../../src/negotiator_gui/ui/preferences/models.py"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/brief.py"/>
        <source>No BATNA set for {names}.</source>
        <translation>{names}のBATNAが設定されていません。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/brief.py"/>
        <source>No trade data in the scenario: no economic indicators.</source>
        <translation>シナリオに貿易データがないため、経済指標はありません。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/brief.py"/>
        <source>Economic indicators unavailable: {why}</source>
        <translation>経済指標を算出できません：{why}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/brief.py"/>
        <source>Economic indicators need two negotiating parties.</source>
        <translation>経済指標には交渉当事者が2者必要です。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/brief.py"/>
        <location filename="../../src/negotiator_gui/core/package_compare.py"/>
        <location filename="../../src/negotiator_gui/ui/packages/builder.py"/>
        <source>Change in {a}&apos;s exports to {b}</source>
        <translation>{a} の対{b}輸出の変化</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/brief.py"/>
        <location filename="../../src/negotiator_gui/core/package_compare.py"/>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <location filename="../../src/negotiator_gui/ui/packages/builder.py"/>
        <source>Tariff revenue {b} collects on them</source>
        <translation>{b} の関税収入(当該輸出分)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/brief.py"/>
        <location filename="../../src/negotiator_gui/core/package_compare.py"/>
        <location filename="../../src/negotiator_gui/ui/packages/builder.py"/>
        <source>{a}&apos;s bilateral balance</source>
        <translation>{a} の二国間貿易収支</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/brief.py"/>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <location filename="../../src/negotiator_gui/ui/packages/builder.py"/>
        <source>of which commitments</source>
        <translation>うちコミットメント分</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/brief.py"/>
        <location filename="../../src/negotiator_gui/ui/charts/tariffs.py"/>
        <source>all partners</source>
        <translation>全相手国</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/brief.py"/>
        <source>No trade data in the scenario: no tariff timeline.</source>
        <translation>シナリオに貿易データがないため、関税タイムラインはありません。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/brief.py"/>
        <source>Tariff timeline unavailable: {why}</source>
        <translation>関税タイムラインを作成できません：{why}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/brief.py"/>
        <source>Tariffs imposed by {importer}, {year} (trade-weighted)</source>
        <translation>{importer}が課す関税、{year}年（貿易加重）</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/brief.py"/>
        <source>Left out of the package (not in the scenario): {issues}</source>
        <translation>パッケージから除外（シナリオにない論点）：{issues}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/brief.py"/>
        <source>No package chosen yet: the brief shows no deal only.</source>
        <translation>パッケージが未選択のため、合意なしの場合のみを示します。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/brief.py"/>
        <source>Jan</source>
        <translation>1月</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/brief.py"/>
        <source>Feb</source>
        <translation>2月</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/brief.py"/>
        <source>Mar</source>
        <translation>3月</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/brief.py"/>
        <source>Apr</source>
        <translation>4月</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/brief.py"/>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/brief.py"/>
        <source>Jun</source>
        <translation>6月</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/brief.py"/>
        <source>Jul</source>
        <translation>7月</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/brief.py"/>
        <source>Aug</source>
        <translation>8月</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/brief.py"/>
        <source>Sep</source>
        <translation>9月</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/brief.py"/>
        <source>Oct</source>
        <translation>10月</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/brief.py"/>
        <source>Nov</source>
        <translation>11月</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/brief.py"/>
        <source>Dec</source>
        <translation>12月</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/brief.py"/>
        <source>{day} {month} {year}</source>
        <translation>{year}年{month}{day}日</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/brief.py"/>
        <source>{day} {month}</source>
        <translation>{month}{day}日</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/brief.py"/>
        <source>Situation as of {date}</source>
        <translation>{date}時点の状況</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/brief.py"/>
        <source>Our side: {party}</source>
        <translation>自国側：{party}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/brief.py"/>
        <source>Prepared {date}</source>
        <translation>作成日 {date}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/brief.py"/>
        <source>custom package</source>
        <translation>独自のパッケージ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/brief.py"/>
        <source>Every side does at least as well as its walk-away value (BATNA): the package is in the ZOPA.</source>
        <translation>すべての側が留保価値(BATNA)以上です:パッケージはZOPA内にあります。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/brief.py"/>
        <source>Worse than the walk-away value (BATNA) for {names}: outside the ZOPA.</source>
        <translation>{names} にとって留保価値(BATNA)を下回ります:ZOPAの外です。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/brief.py"/>
        <source>trade model, {unit} a year, against base-year {year} flows</source>
        <translation>貿易モデル、年間{unit}、基準年{year}年の貿易フロー比</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/brief.py"/>
        <location filename="../../src/negotiator_gui/ui/packages/builder.py"/>
        <source>Evaluated over: {window}</source>
        <translation>評価期間:{window}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/brief.py"/>
        <source>dashed: no deal; solid: with the package from {date}</source>
        <translation>破線：合意なし、実線：{date}からパッケージを適用</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/brief.py"/>
        <source>{name}: no deal</source>
        <translation>{name}：合意なし</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/brief.py"/>
        <source>{name}: with the package</source>
        <translation>{name}：パッケージあり</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/brief.py"/>
        <source>top {n} of {total} live cards</source>
        <translation>有効なカード{total}枚のうち上位{n}枚</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/brief.py"/>
        <location filename="../../src/negotiator_gui/ui/printing/documents.py"/>
        <source>{title} · scenario {id} · Negotiator {version}</source>
        <translation>{title}・シナリオ {id}・Negotiator {version}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/chart_series.py"/>
        <location filename="../../src/negotiator_gui/core/model.py"/>
        <location filename="../../src/negotiator_gui/core/tariffs.py"/>
        <location filename="../../src/negotiator_gui/ui/charts/tariffs.py"/>
        <location filename="../../src/negotiator_gui/ui/tariffs/models.py"/>
        <source>MFN</source>
        <translation>MFN</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/chart_series.py"/>
        <source>232</source>
        <translation>232条</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/chart_series.py"/>
        <location filename="../../src/negotiator_gui/core/model.py"/>
        <location filename="../../src/negotiator_gui/core/tariffs.py"/>
        <source>IEEPA baseline</source>
        <translation>相互関税(ベースライン)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/chart_series.py"/>
        <source>reciprocal</source>
        <translation>相互関税(国別)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/chart_series.py"/>
        <source>301</source>
        <translation>301条</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/chart_series.py"/>
        <source>122</source>
        <translation>122条</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/chart_series.py"/>
        <source>TRQ</source>
        <translation>関税割当</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/chart_series.py"/>
        <source>retaliation</source>
        <translation>報復関税</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/chart_series.py"/>
        <source>other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/chart_series.py"/>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>announced</source>
        <translation>発表</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/chart_series.py"/>
        <location filename="../../src/negotiator_gui/core/summary.py"/>
        <source>in force</source>
        <translation>発効</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/chart_series.py"/>
        <location filename="../../src/negotiator_gui/core/tariffs.py"/>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <location filename="../../src/negotiator_gui/ui/tariffs/models.py"/>
        <source>paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/chart_series.py"/>
        <source>lowered</source>
        <translation>引き下げ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/chart_series.py"/>
        <source>resumes</source>
        <translation>再開</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/chart_series.py"/>
        <source>ends</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/chart_series.py"/>
        <source>; </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/chart_series.py"/>
        <source>{measures} {action}</source>
        <translation>{measures} {action}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/chart_series.py"/>
        <location filename="../../src/negotiator_gui/core/impact.py"/>
        <source>status quo</source>
        <translation>現状</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/chart_series.py"/>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <location filename="../../src/negotiator_gui/core/impact.py"/>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <location filename="../../src/negotiator_gui/ui/analysis/models.py"/>
        <location filename="../../src/negotiator_gui/ui/preferences/weights.py"/>
        <source>package</source>
        <translation>パッケージ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/commands.py"/>
        <source>{what} has no id</source>
        <translation>{what} に ID がありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/commands.py"/>
        <source>no element {n}</source>
        <translation>要素 {n} がありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/commands.py"/>
        <source>no element with id {id!r}</source>
        <translation>ID {id!r} の要素がありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/commands.py"/>
        <source>no entry {key!r}</source>
        <translation>項目 {key!r} がありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/commands.py"/>
        <source>{what} has no field {field!r}</source>
        <translation>{what} に項目 {field!r} はありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/commands.py"/>
        <source>Set {field}</source>
        <translation>{field}の設定</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/commands.py"/>
        <source>Remove {key}</source>
        <translation>{key} の削除</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/commands.py"/>
        <source>no entry {key!r} to remove</source>
        <translation>削除する項目 {key!r} がありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/commands.py"/>
        <location filename="../../src/negotiator_gui/ui/preferences/editor.py"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/commands.py"/>
        <source>{path!r} is not a list</source>
        <translation>{path!r} は一覧ではありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/commands.py"/>
        <source>position {n} is outside the list</source>
        <translation>位置 {n} は一覧の範囲外です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/commands.py"/>
        <location filename="../../src/negotiator_gui/ui/preferences/editor.py"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/commands.py"/>
        <source>no element {key!r} at position {n}</source>
        <translation>位置 {n} に要素 {key!r} がありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/commands.py"/>
        <source>Move</source>
        <translation>移動</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/commands.py"/>
        <source>flow column {column!r} cannot be set; replace the row</source>
        <translation>貿易フローの列 {column!r} は設定できません。行を置き換えてください</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/commands.py"/>
        <source>Set {column} of {key}</source>
        <translation>{key} の {column} の設定</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/commands.py"/>
        <source>no flow {key}</source>
        <translation>貿易フロー {key} がありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/commands.py"/>
        <source>Add flow {key}</source>
        <translation>貿易フロー {key} の追加</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/commands.py"/>
        <source>position {n} is outside the flow table</source>
        <translation>位置 {n} は貿易フロー表の範囲外です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/commands.py"/>
        <source>Remove flow {key}</source>
        <translation>貿易フロー {key} の削除</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/commands.py"/>
        <source>no flow {key} at row {n}</source>
        <translation>{n} 行目に貿易フロー {key} がありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>note</source>
        <translation>備考</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>as-of date</source>
        <translation>基準日</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>perspective</source>
        <translation>視点</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>colour</source>
        <translation>色</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <location filename="../../src/negotiator_gui/ui/brief/pdf.py"/>
        <source>BATNA</source>
        <translation>BATNA</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>label</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>issue</source>
        <translation>論点</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>option</source>
        <translation>選択肢</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>rationale</source>
        <translation>根拠</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>value to us</source>
        <translation>自国側にとっての価値</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>cost to them</source>
        <translation>相手側のコスト</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>links</source>
        <translation>リンク</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>authority</source>
        <translation>法的根拠</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>imposing party</source>
        <translation>賦課国</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>targets</source>
        <translation>対象国</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>scope</source>
        <translation>対象範囲</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>programme</source>
        <translation>対象分野</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>all-in floor components</source>
        <translation>合算下限の構成</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>legal reference</source>
        <translation>法令の参照</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>announced date</source>
        <translation>発表日</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>effective date</source>
        <translation>発効日</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>end date</source>
        <translation>終了日</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>retroactive date</source>
        <translation>遡及適用日</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>suspensions</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>quota</source>
        <translation>割当</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>source</source>
        <translation>出典</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>choices</source>
        <translation>選択</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>operator</source>
        <translation>変更方法</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>measure</source>
        <translation>措置</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <location filename="../../src/negotiator_gui/io/json_reader.py"/>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>party</source>
        <translation>当事者</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>amount</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>yearly value</source>
        <translation>年間の金額</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>product</source>
        <translation>品目</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>exclusions</source>
        <translation>除外</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>round</source>
        <translation>ラウンド</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>card</source>
        <translation>カード</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>elasticity</source>
        <translation>弾力性</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <location filename="../../src/negotiator_gui/ui/analysis/models.py"/>
        <source>offer</source>
        <translation>提案</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>stacking rule</source>
        <translation>積み上げ規則</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>{edit}: a value has the wrong type ({why})</source>
        <translation>{edit}:値の型が正しくありません ({why})</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>{edit}: {details}</source>
        <translation>{edit}:{details}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>the scenario&apos;s {field!r} cannot be edited here</source>
        <translation>シナリオの {field!r} はここでは編集できません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Change scenario {field}</source>
        <translation>シナリオの{field}の変更</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>unknown kind of entity {kind!r}</source>
        <translation>不明な対象の種類です: {kind!r}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>no {kind} with id {id!r}</source>
        <translation>ID {id!r} の{kind}がありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>a {kind}&apos;s {field!r} cannot be edited</source>
        <translation>{kind}の {field!r} は編集できません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Change {field} of &apos;{title}&apos;</source>
        <translation>「{title}」の{field}の変更</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Set rate of {measure} to {rate}</source>
        <translation>{measure} の税率を {rate} に設定</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>{lang!r} is not a content language</source>
        <translation>{lang!r} はコンテンツの言語ではありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>{field!r} has no text in another language</source>
        <translation>{field!r} には他の言語のテキストを設定できません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>a text is expected</source>
        <translation>テキストを入力してください</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Change {field} in {language} of &apos;{title}&apos;</source>
        <translation>「{title}」の{field}（{language}）の変更</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>nothing changed</source>
        <translation>変更はありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Edit {kind} &apos;{title}&apos;</source>
        <translation>{kind}「{title}」の編集</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>no editable field {field!r} of option {option!r}</source>
        <translation>選択肢 {option!r} に編集可能な項目 {field!r} はありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Change {field} of option &apos;{label}&apos;</source>
        <translation>選択肢「{label}」の{field}の変更</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Add party &apos;{name}&apos;</source>
        <translation>当事者「{name}」の追加</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>{n} card</source>
        <translation>カード {n} 枚</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>{n} cards</source>
        <translation>カード {n} 枚</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>{n} measure</source>
        <translation>措置 {n} 件</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>{n} measures</source>
        <translation>措置 {n} 件</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <location filename="../../src/negotiator_gui/io/tables/report.py"/>
        <source>{n} trade flow</source>
        <translation>貿易フロー {n} 件</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <location filename="../../src/negotiator_gui/io/tables/report.py"/>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>{n} trade flows</source>
        <translation>貿易フロー {n} 件</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>{n} offer</source>
        <translation>提案 {n} 件</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>{n} offers</source>
        <translation>提案 {n} 件</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>the scenario&apos;s perspective</source>
        <translation>シナリオの視点</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>party &apos;{name}&apos; is used by {users}; change or remove those first</source>
        <translation>当事者「{name}」は{users}で使われています。先にそれらを変更または削除してください</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Remove party &apos;{name}&apos;</source>
        <translation>当事者「{name}」の削除</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Add issue &apos;{title}&apos;</source>
        <translation>論点「{title}」の追加</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Remove issue &apos;{title}&apos;</source>
        <translation>論点「{title}」の削除</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Move issue &apos;{title}&apos;</source>
        <translation>論点「{title}」の移動</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Add option &apos;{label}&apos;</source>
        <translation>選択肢「{label}」の追加</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <location filename="../../src/negotiator_gui/core/package_math.py"/>
        <source>no option {option!r} in issue {issue!r}</source>
        <translation>論点 {issue!r} に選択肢 {option!r} はありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>&apos;{title}&apos; needs at least one option; remove the issue instead</source>
        <translation>「{title}」には選択肢が少なくとも一つ必要です。代わりに論点を削除してください</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>option &apos;{option}&apos; is part of {party}&apos;s no-deal package &apos;{package}&apos;; change that package first</source>
        <translation>選択肢「{option}」は {party} の合意なしパッケージ「{package}」に含まれています。先にそのパッケージを変更してください</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Remove option &apos;{label}&apos;</source>
        <translation>選択肢「{label}」の削除</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Reorder options</source>
        <translation>選択肢の並べ替え</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Add tariff effect</source>
        <translation>関税効果の追加</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Remove tariff effect</source>
        <translation>関税効果の削除</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Add commitment &apos;{label}&apos;</source>
        <translation>コミットメント「{label}」の追加</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Remove commitment</source>
        <translation>コミットメントの削除</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Set {party}&apos;s weight of &apos;{title}&apos; to {w}</source>
        <translation>{party} の「{title}」のウェイトを {w} に設定</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>no weights to set</source>
        <translation>設定するウェイトがありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Set {party}&apos;s weights</source>
        <translation>{party} のウェイトの設定</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Set {party}&apos;s score of &apos;{label}&apos; to {v}</source>
        <translation>{party} の「{label}」の評点を {v} に設定</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <location filename="../../src/negotiator_gui/io/tables/header.py"/>
        <location filename="../../src/negotiator_gui/ui/tariffs/delegates.py"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Set {party}&apos;s reservation value to {v}</source>
        <translation>{party} の留保価値を {v} に設定</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>{lo}–{hi}</source>
        <translation>{lo}～{hi}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <location filename="../../src/negotiator_gui/core/preference_ranges.py"/>
        <source>a range is two numbers, low and high</source>
        <translation>幅は下限と上限の2つの数値で指定する</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>give the issue a weight before its range</source>
        <translation>幅の前に論点のウェイトを入力してください</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Set {party}&apos;s weight range of &apos;{title}&apos; to {r}</source>
        <translation>{party}の「{title}」のウェイトの幅を{r}にする</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>give the option a score before its range</source>
        <translation>幅の前に選択肢のスコアを入力してください</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>no range to clear</source>
        <translation>消去する幅がない</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Set {party}&apos;s score range of &apos;{label}&apos; to {r}</source>
        <translation>{party}の「{label}」のスコアの幅を{r}にする</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Set {party}&apos;s reservation range to {r}</source>
        <translation>{party}の留保値の幅を{r}にする</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Set {party}&apos;s confidence to {level}</source>
        <translation>{party}の確信度を{level}にする</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Add card &apos;{title}&apos;</source>
        <translation>カード「{title}」の追加</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Remove card &apos;{title}&apos;</source>
        <translation>カード「{title}」の削除</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Move &apos;{title}&apos; to {lane}</source>
        <translation>「{title}」を{lane}へ移動</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>the cards are already linked</source>
        <translation>これらのカードはすでにリンクされています</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Link &apos;{a}&apos; with &apos;{b}&apos;</source>
        <translation>「{a}」と「{b}」のリンク</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>the cards are not linked</source>
        <translation>これらのカードはリンクされていません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Unlink &apos;{a}&apos; from &apos;{b}&apos;</source>
        <translation>「{a}」と「{b}」のリンク解除</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Add measure &apos;{title}&apos;</source>
        <translation>措置「{title}」の追加</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>option &apos;{option}&apos; of &apos;{issue}&apos;</source>
        <translation>論点「{issue}」の選択肢「{option}」</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>stacking rule &apos;{id}&apos;</source>
        <translation>積み上げ規則「{id}」</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>measure &apos;{title}&apos; is used by {users}; change those first</source>
        <translation>措置「{title}」は{users}で使われています。先にそれらを変更してください</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Remove measure &apos;{title}&apos;</source>
        <translation>措置「{title}」の削除</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Replace trade flows ({n} lines)</source>
        <translation>貿易フローの置き換え ({n} 行)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Add elasticity &apos;{id}&apos;</source>
        <translation>弾力性「{id}」の追加</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Remove elasticity &apos;{id}&apos;</source>
        <translation>弾力性「{id}」の削除</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Add package &apos;{name}&apos;</source>
        <translation>パッケージ「{name}」の追加</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>package &apos;{name}&apos; is {party}&apos;s no-deal package</source>
        <translation>パッケージ「{name}」は {party} の合意なしパッケージです</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Remove package &apos;{name}&apos;</source>
        <translation>パッケージ「{name}」の削除</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>issue {issue!r} is already open in &apos;{name}&apos;</source>
        <translation>論点 {issue!r} は「{name}」ですでに未決定です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Change package &apos;{name}&apos;</source>
        <translation>パッケージ「{name}」の変更</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Record {party}&apos;s offer of round {n}</source>
        <translation>{party} のラウンド {n} の提案の記録</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Remove offer</source>
        <translation>提案の削除</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>A package needs a name.</source>
        <translation>パッケージには名前が必要です。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>There is already a package named &apos;{name}&apos;.</source>
        <translation>「{name}」という名前のパッケージはすでにあります。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Save package &apos;{name}&apos;</source>
        <translation>パッケージ「{name}」を保存</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Rename package &apos;{old}&apos; to &apos;{new}&apos;</source>
        <translation>パッケージ「{old}」の名前を「{new}」に変更</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Change note of package &apos;{name}&apos;</source>
        <translation>パッケージ「{name}」のメモを変更</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Choose package “{name}”</source>
        <translation>パッケージ「{name}」を選択</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Choose &apos;{option}&apos; for &apos;{issue}&apos;</source>
        <translation>「{issue}」で「{option}」を選択</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Choose a package</source>
        <translation>パッケージを選択</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/elasticities.py"/>
        <source>Feenstra et al. (2018) macro elasticity</source>
        <translation>Feenstra ほか(2018)のマクロ弾力性</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/elasticities.py"/>
        <source>macro η (Feenstra et al. 2018)</source>
        <translation>マクロ η(Feenstra ほか 2018)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/elasticities.py"/>
        <source>WITS SMART defaults</source>
        <translation>WITS SMART の既定値</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/elasticities.py"/>
        <source>SMART σ</source>
        <translation>SMART σ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/elasticities.py"/>
        <source>SMART ε_x</source>
        <translation>SMART ε_x</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/elasticities.py"/>
        <source>Caliendo–Parro (2015) sector trade elasticities</source>
        <translation>Caliendo–Parro (2015) 部門別貿易弾力性</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/elasticities.py"/>
        <source>Fontagné–Guimbard–Orefice (2022) product-level elasticities, central value</source>
        <translation>Fontagné–Guimbard–Orefice (2022) 品目別弾力性(中心値)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/elasticities.py"/>
        <source>Fontagné et al. 2022 σ</source>
        <translation>Fontagné ほか 2022 σ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/elasticities.py"/>
        <source>Simonovska–Waugh (2014) aggregate trade elasticity</source>
        <translation>Simonovska–Waugh (2014) 集計貿易弾力性</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/elasticities.py"/>
        <source>Simonovska–Waugh 2014 σ</source>
        <translation>Simonovska–Waugh 2014 σ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/elasticities.py"/>
        <source>Hard fallback</source>
        <translation>既定の代替値</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/elasticities.py"/>
        <source>fallback η</source>
        <translation>代替値 η</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/elasticities.py"/>
        <source>fallback ε_x</source>
        <translation>代替値 ε_x</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/elasticities.py"/>
        <source>fallback σ</source>
        <translation>代替値 σ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>All other goods (not split by product)</source>
        <translation>その他全品目(品目別内訳なし)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Live animals</source>
        <translation>動物(生きているもの)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Meat</source>
        <translation>肉</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Fish and seafood</source>
        <translation>魚介類</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Dairy, eggs, honey</source>
        <translation>酪農品・卵・蜂蜜</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Other animal products</source>
        <translation>その他の動物性生産品</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Live plants, flowers</source>
        <translation>生きている植物・花</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Vegetables</source>
        <translation>野菜</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Fruit and nuts</source>
        <translation>果実・ナット</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Coffee, tea, spices</source>
        <translation>コーヒー・茶・香辛料</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Cereals</source>
        <translation>穀物</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Milling products</source>
        <translation>穀粉・加工穀物</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Oilseeds</source>
        <translation>採油用の種</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Lacs, gums, resins</source>
        <translation>ラック・ガム・樹脂</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Vegetable plaiting materials</source>
        <translation>植物性の組物材料</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Fats and oils</source>
        <translation>油脂</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Meat and fish preparations</source>
        <translation>肉・魚の調製品</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Sugars</source>
        <translation>糖類</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Cocoa</source>
        <translation>ココア</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Cereal preparations</source>
        <translation>穀物の調製品</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Vegetable and fruit preparations</source>
        <translation>野菜・果実の調製品</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Miscellaneous food preparations</source>
        <translation>各種の調製食料品</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Beverages and spirits</source>
        <translation>飲料・アルコール</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Food residues, animal feed</source>
        <translation>食品工業の残留物・飼料</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Tobacco</source>
        <translation>たばこ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Salt, stone, cement</source>
        <translation>塩・石・セメント</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Ores, slag and ash</source>
        <translation>鉱石・スラグ・灰</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Mineral fuels, oil, gas</source>
        <translation>鉱物性燃料・石油・ガス</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Inorganic chemicals</source>
        <translation>無機化学品</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Organic chemicals</source>
        <translation>有機化学品</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Pharmaceuticals</source>
        <translation>医療用品</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Fertilisers</source>
        <translation>肥料</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Dyes, paints, inks</source>
        <translation>染料・塗料・インキ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Essential oils, cosmetics</source>
        <translation>精油・化粧品</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Soaps, waxes</source>
        <translation>せっけん・ろう</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Proteins, glues, enzymes</source>
        <translation>たんぱく質・膠着剤・酵素</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Explosives</source>
        <translation>火薬類</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Photographic goods</source>
        <translation>写真用材料</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Miscellaneous chemicals</source>
        <translation>各種の化学工業生産品</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Plastics</source>
        <translation>プラスチック</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Rubber and tyres</source>
        <translation>ゴム・タイヤ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Raw hides and leather</source>
        <translation>原皮・革</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Leather articles, bags</source>
        <translation>革製品・バッグ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Furskins</source>
        <translation>毛皮</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Wood</source>
        <translation>木材</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Cork</source>
        <translation>コルク</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Basketware</source>
        <translation>かご細工物</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Wood pulp</source>
        <translation>木材パルプ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Paper and paperboard</source>
        <translation>紙・板紙</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Printed matter</source>
        <translation>印刷物</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Silk</source>
        <translation>絹</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Wool</source>
        <translation>羊毛</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Cotton</source>
        <translation>綿</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Other vegetable fibres</source>
        <translation>その他の植物性紡織用繊維</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Man-made filaments</source>
        <translation>人造繊維の長繊維</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Man-made staple fibres</source>
        <translation>人造繊維の短繊維</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Wadding, felt, cordage</source>
        <translation>ウォッディング・フェルト・ひも</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Carpets</source>
        <translation>じゅうたん</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Special woven fabrics</source>
        <translation>特殊織物</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Coated textile fabrics</source>
        <translation>染み込ませ・被覆した紡織用繊維の織物</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Knitted fabrics</source>
        <translation>メリヤス編物</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Knitted apparel</source>
        <translation>衣類(メリヤス編み)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Woven apparel</source>
        <translation>衣類(メリヤス編み以外)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Other textile articles</source>
        <translation>その他の紡織用繊維製品</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Footwear</source>
        <translation>履物</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Headgear</source>
        <translation>帽子</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Umbrellas</source>
        <translation>傘</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Feathers, artificial flowers</source>
        <translation>羽毛・造花</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Stone and cement articles</source>
        <translation>石・セメントの製品</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Ceramics</source>
        <translation>陶磁製品</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Glass</source>
        <translation>ガラス</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Precious stones and metals</source>
        <translation>貴石・貴金属</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Iron and steel</source>
        <translation>鉄鋼</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Articles of iron or steel</source>
        <translation>鉄鋼製品</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Copper</source>
        <translation>銅</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Nickel</source>
        <translation>ニッケル</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Aluminium</source>
        <translation>アルミニウム</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>(reserved)</source>
        <translation>(欠番)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Lead</source>
        <translation>鉛</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Zinc</source>
        <translation>亜鉛</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Tin</source>
        <translation>すず</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Other base metals</source>
        <translation>その他の卑金属</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Tools, cutlery</source>
        <translation>工具・刃物</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Miscellaneous base-metal articles</source>
        <translation>各種の卑金属製品</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Machinery</source>
        <translation>機械類</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Electrical equipment</source>
        <translation>電気機器</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Railway equipment</source>
        <translation>鉄道用機器</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Vehicles and parts</source>
        <translation>自動車・部品</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Aircraft</source>
        <translation>航空機</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Ships and boats</source>
        <translation>船舶</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Optical and medical instruments</source>
        <translation>光学機器・医療用機器</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Clocks and watches</source>
        <translation>時計</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Musical instruments</source>
        <translation>楽器</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Arms and ammunition</source>
        <translation>武器・銃砲弾</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Furniture, lighting</source>
        <translation>家具・照明器具</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Toys, games, sports goods</source>
        <translation>がん具・遊戯用具・運動用具</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Miscellaneous manufactures</source>
        <translation>雑品</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Works of art, antiques</source>
        <translation>美術品・こっとう</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>US special provisions</source>
        <translation>米国特別規定</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>US special provisions (temporary)</source>
        <translation>米国特別規定(暫定)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Beef, fresh or chilled</source>
        <translation>牛肉(生鮮・冷蔵)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Beef, frozen</source>
        <translation>牛肉(冷凍)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Wheat</source>
        <translation>小麦</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Maize (corn)</source>
        <translation>とうもろこし</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Rice</source>
        <translation>米</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Soya beans</source>
        <translation>大豆</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Natural gas (LNG)</source>
        <translation>天然ガス(LNG)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Passenger cars</source>
        <translation>乗用車</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Light trucks (diesel)</source>
        <translation>小型トラック(ディーゼル)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Light trucks (petrol)</source>
        <translation>小型トラック(ガソリン)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Chassis with engines</source>
        <translation>原動機付きシャシ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Vehicle bodies</source>
        <translation>車体</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>Vehicle parts</source>
        <translation>自動車部品</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/hs_names.py"/>
        <source>{code} (ch. {chapter} {name})</source>
        <translation>{code}(第{chapter}類 {name})</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/i18n.py"/>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/impact.py"/>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>on {date}</source>
        <translation>{date} 時点</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/impact.py"/>
        <source>average of {start} – {end} ({days} days; each tariff weighted by the days it is in force; package from {switch})</source>
        <translation>{start}~{end} の平均({days}日間。各関税を発効日数で加重。パッケージは {switch} から適用)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/impact.py"/>
        <source>{issue}={option}: commitment &apos;{label}&apos; has no single counterparty; left out of the balance</source>
        <translation>{issue}={option}: コミットメント「{label}」には相手方が 1 つに定まらないため、収支から除外しました</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/impact.py"/>
        <source>{run}: {warning}</source>
        <translation>{run}: {warning}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/impact.py"/>
        <source>no deal</source>
        <translation>合意なし</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/impact.py"/>
        <source>measure &apos;{measure}&apos; is scoped finer than the lines {codes}: it does not apply to them; split those lines in the flow table</source>
        <translation>措置「{measure}」の対象は品目 {codes} より細かく定められているため、これらの品目には適用されません。貿易フロー表でこれらの品目を分割してください</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/impact.py"/>
        <source>commitments are in US$, the flows in {unit}: the balance mixes bases and leaves the commitments out</source>
        <translation>コミットメントは米ドル建てですが、貿易フローは {unit} 建てです。基準が混在するため、収支にはコミットメントを含めていません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/impact.py"/>
        <source>{exporter}→{importer} {total} on {n} line</source>
        <translation>{exporter}→{importer} {total}（{n}品目）</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/impact.py"/>
        <source>{exporter}→{importer} {total} on {n} lines</source>
        <translation>{exporter}→{importer} {total}（{n}品目）</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/impact.py"/>
        <source>, of which {other} &apos;all other goods&apos;</source>
        <translation>、うち「その他全品目」{other}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/impact.py"/>
        <source>Base-year ({year}) goods trade in the flow table: {exports}; {imports}.</source>
        <translation>フロー表の基準年({year})の財貿易:{exports}、{imports}。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/impact.py"/>
        <source>The flow table holds {small} of {exporter}→{importer} trade against {big} the other way, with no &apos;all other goods&apos; row: if it lists only part of that direction, the bilateral balance is overstated. Add the rest as a row with product 00.</source>
        <translation>フロー表の {exporter}→{importer} の貿易は {small} で、逆方向の {big} に比べて小さく、「その他全品目」の行がありません。この方向の一部しか載っていない場合、二国間収支は過大に表示されます。残りを品目 00 の行として追加してください。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/labels.py"/>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>Status quo package</source>
        <translation>現状維持パッケージ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/labels.py"/>
        <location filename="../../src/negotiator_gui/io/excel/layout.py"/>
        <source>Walk-away value (BATNA)</source>
        <translation>留保価値(BATNA)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/labels.py"/>
        <source>No deal (tariffs as scheduled)</source>
        <translation>合意なし(予定どおりの関税)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/labels.py"/>
        <source>The status quo package is scored with each side&apos;s weights like any other package. A walk-away value (BATNA) is what the side can get without an agreement, alternatives outside these talks included (other partners, domestic measures, waiting), so the two usually differ.</source>
        <translation>現状維持パッケージは、他のパッケージと同じく各側のウェイトで評価されます。留保価値(BATNA)は合意なしで得られる価値で、この交渉の外の選択肢(他の相手国、国内措置、待つこと)も含むため、両者は通常異なります。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/labels.py"/>
        <source>{rate} all-in</source>
        <translation>{rate}(全込み)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/labels.py"/>
        <source>{title} ({rate})</source>
        <translation>{title}({rate})</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/labels.py"/>
        <source>{sign}{unit} {v} bn</source>
        <translation>{sign}{v} 10億{unit}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/labels.py"/>
        <source>{sign}{unit} {v} m</source>
        <translation>{sign}{v} 百万{unit}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/labels.py"/>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>{unit} bn</source>
        <translation>10億{unit}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/labels.py"/>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>{unit} m</source>
        <translation>百万{unit}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/labels.py"/>
        <source>US$</source>
        <translation>米ドル</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/labels.py"/>
        <source>{measure}: {gap}</source>
        <translation>{measure}:{gap}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/labels.py"/>
        <source>after {date}: projection</source>
        <translation>{date} 以降: 見通し</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/labels.py"/>
        <source>Rates after the as-of date ({date}) are a projection: the measures as known and scheduled on that date, nothing announced later.</source>
        <translation>基準日({date})より後の税率は見通しです。その日時点で判明し予定されていた措置のみで、その後の発表は含みません。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/labels.py"/>
        <source>{projection}; {n} coverage gap</source>
        <translation>{projection}、未対応範囲 {n} 件</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/labels.py"/>
        <source>{projection}; {n} coverage gaps</source>
        <translation>{projection}、未対応範囲 {n} 件</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/labels.py"/>
        <source>Not modelled:</source>
        <translation>モデル化されていない範囲:</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/labels.py"/>
        <source>about {mantissa} × 10^{exponent}</source>
        <translation>約 {mantissa} × 10^{exponent}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/model.py"/>
        <source>Negotiating party</source>
        <translation>交渉当事者</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/model.py"/>
        <source>Third party</source>
        <translation>第三国</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/model.py"/>
        <location filename="../../src/negotiator_gui/core/tariffs.py"/>
        <source>Section 232</source>
        <translation>232条</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/model.py"/>
        <location filename="../../src/negotiator_gui/core/tariffs.py"/>
        <source>IEEPA reciprocal (by country)</source>
        <translation>相互関税(国別)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/model.py"/>
        <location filename="../../src/negotiator_gui/core/tariffs.py"/>
        <source>Section 301</source>
        <translation>301条</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/model.py"/>
        <location filename="../../src/negotiator_gui/core/tariffs.py"/>
        <source>Section 122</source>
        <translation>122条</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/model.py"/>
        <location filename="../../src/negotiator_gui/core/tariffs.py"/>
        <source>Tariff-rate quota</source>
        <translation>関税割当</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/model.py"/>
        <location filename="../../src/negotiator_gui/core/tariffs.py"/>
        <source>Retaliation</source>
        <translation>報復関税</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/model.py"/>
        <location filename="../../src/negotiator_gui/core/tariffs.py"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/model.py"/>
        <source>Additive</source>
        <translation>加算</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/model.py"/>
        <source>All-in floor</source>
        <translation>合算下限</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/model.py"/>
        <location filename="../../src/negotiator_gui/core/tariff_edits.py"/>
        <source>New rate</source>
        <translation>新税率</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/model.py"/>
        <source>Cap the rate</source>
        <translation>税率の上限設定</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/model.py"/>
        <location filename="../../src/negotiator_gui/core/tariff_edits.py"/>
        <source>Linear cut</source>
        <translation>一律削減</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/model.py"/>
        <location filename="../../src/negotiator_gui/core/tariff_edits.py"/>
        <source>Swiss formula</source>
        <translation>スイス・フォーミュラ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/model.py"/>
        <location filename="../../src/negotiator_gui/core/tariff_edits.py"/>
        <source>Add-on</source>
        <translation>上乗せ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/model.py"/>
        <source>Add a measure</source>
        <translation>措置の追加</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/model.py"/>
        <source>Remove the measure</source>
        <translation>措置の撤廃</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/model.py"/>
        <source>Purchase</source>
        <translation>購入</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/model.py"/>
        <source>Investment</source>
        <translation>投資</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/model.py"/>
        <source>Market access</source>
        <translation>市場アクセス</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/model.py"/>
        <source>Standards</source>
        <translation>基準</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/model.py"/>
        <source>Defence</source>
        <translation>防衛</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/model.py"/>
        <source>Currency</source>
        <translation>為替</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/model.py"/>
        <location filename="../../src/negotiator_gui/ui/boards/board.py"/>
        <source>Held back</source>
        <translation>温存</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/model.py"/>
        <location filename="../../src/negotiator_gui/ui/boards/board.py"/>
        <source>On the table</source>
        <translation>提示中</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/model.py"/>
        <source>Accepted</source>
        <translation>受諾</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/model.py"/>
        <source>Rejected</source>
        <translation>拒否</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/model.py"/>
        <source>Withdrawn</source>
        <translation>撤回</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/model.py"/>
        <source>Traded</source>
        <translation>取引済み</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/model.py"/>
        <location filename="../../src/negotiator_gui/io/excel/ranges.py"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/model.py"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/model.py"/>
        <location filename="../../src/negotiator_gui/io/excel/ranges.py"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/model.py"/>
        <source>Import demand</source>
        <translation>輸入需要</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/model.py"/>
        <source>Export supply</source>
        <translation>輸出供給</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/model.py"/>
        <source>Substitution</source>
        <translation>代替</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/model.py"/>
        <source>Official</source>
        <translation>公式統計</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/model.py"/>
        <location filename="../../src/negotiator_gui/io/excel/ranges.py"/>
        <source>Estimate</source>
        <translation>推計</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/model.py"/>
        <source>Illustrative</source>
        <translation>例示</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/model.py"/>
        <source>High confidence</source>
        <translation>確信度：高</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/model.py"/>
        <source>Medium confidence</source>
        <translation>確信度：中</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/model.py"/>
        <source>Low confidence</source>
        <translation>確信度：低</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/options_matrix.py"/>
        <source>the package space has {size} packages, more than the {limit} that can be listed one by one; list the frontier instead</source>
        <translation>パッケージ空間には {size} 件のパッケージがあり、個別に列挙できる上限 {limit} 件を超えています。代わりにフロンティアを一覧にしてください</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/options_matrix.py"/>
        <source>the preferences of {parties} are not known: no frontier, ZOPA or bargaining solution (they need every side&apos;s utilities)</source>
        <translation>{parties} の選好が不明なため、フロンティア・ZOPA・交渉解はありません(すべての側の効用が必要です)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/options_matrix.py"/>
        <source>{name} (tie {n})</source>
        <translation>{name}(同点 {n})</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/options_matrix.py"/>
        <source>the ZOPA is empty: no package is at least as good as every party&apos;s walk-away value (BATNA)</source>
        <translation>ZOPAが空です:すべての当事者の留保価値(BATNA)以上となるパッケージはありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/options_matrix.py"/>
        <location filename="../../src/negotiator_gui/ui/analysis/views.py"/>
        <source>{party}&apos;s latest offer (round {n})</source>
        <translation>{party} の最新の提案(ラウンド {n})</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/options_matrix.py"/>
        <source>Chosen package</source>
        <translation>選択したパッケージ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/options_matrix.py"/>
        <source>{k} of the {n} frontier points are listed, evenly spread (a listing of every point is limited to {limit} option choices)</source>
        <translation>フロンティアの {n} 点のうち {k} 点を均等に選んで掲載しています(全点の掲載は選択肢 {limit} 個までに制限されています)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/options_matrix.py"/>
        <source>Frontier point {k} of {n}</source>
        <translation>フロンティア点 {k}/{n}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/options_matrix.py"/>
        <source>Package {n}</source>
        <translation>パッケージ {n}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/package_compare.py"/>
        <source>points, 0–100</source>
        <translation>ポイント、0–100</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/package_compare.py"/>
        <location filename="../../src/negotiator_gui/ui/packages/builder.py"/>
        <source>Max-min (egalitarian)</source>
        <translation>マックスミン解(平等主義)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/package_compare.py"/>
        <location filename="../../src/negotiator_gui/ui/charts/utility.py"/>
        <source>Current package</source>
        <translation>現在のパッケージ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/package_compare.py"/>
        <source>left open</source>
        <translation>未決</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/package_compare.py"/>
        <source>Utility for {party}</source>
        <translation>{party} の効用</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/package_compare.py"/>
        <source>Gain of {party} over its BATNA</source>
        <translation>{party} の BATNA に対する利得</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/package_compare.py"/>
        <source>In the ZOPA (every side at or above its BATNA)</source>
        <translation>ZOPA 内(すべての側が BATNA 以上)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/package_compare.py"/>
        <source>{name} leaves issues open: no utilities</source>
        <translation>{name} には未決の論点があるため、効用を計算できません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/package_compare.py"/>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <location filename="../../src/negotiator_gui/ui/analysis/models.py"/>
        <location filename="../../src/negotiator_gui/ui/printing/documents.py"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/package_compare.py"/>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <location filename="../../src/negotiator_gui/ui/printing/documents.py"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/package_compare.py"/>
        <location filename="../../src/negotiator_gui/ui/packages/builder.py"/>
        <source>Indicators unavailable: {why}</source>
        <translation>指標を計算できません: {why}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/package_compare.py"/>
        <source>not in this scenario</source>
        <translation>このシナリオにはありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/package_compare.py"/>
        <source>{name} has no issue &apos;{issue}&apos;</source>
        <translation>{name} には論点「{issue}」がありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/package_compare.py"/>
        <source>{name} has no option &apos;{option}&apos; in &apos;{issue}&apos;</source>
        <translation>{name} には「{issue}」の選択肢「{option}」がありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/package_math.py"/>
        <source>option &apos;{label}&apos; has no tariff effect {n}</source>
        <translation>選択肢「{label}」に {n} 番目の関税効果はありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/package_math.py"/>
        <source>option &apos;{label}&apos; has no commitment {n}</source>
        <translation>選択肢「{label}」に {n} 番目のコミットメントはありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/package_math.py"/>
        <source>{a} and {b}</source>
        <translation>{a}と{b}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/package_math.py"/>
        <source>Change {field} of &apos;{label}&apos;</source>
        <translation>「{label}」の{field}の変更</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/package_math.py"/>
        <source>a tariff effect&apos;s {field!r} cannot be edited here</source>
        <translation>関税効果の {field!r} はここでは編集できません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/package_math.py"/>
        <source>a commitment&apos;s {field!r} cannot be edited here</source>
        <translation>コミットメントの {field!r} はここでは編集できません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/package_math.py"/>
        <source>the scenario has no tariff measures for an effect to change</source>
        <translation>シナリオに、効果の対象となる関税措置がありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/package_math.py"/>
        <source>New commitment</source>
        <translation>新しいコミットメント</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/preference_ranges.py"/>
        <source>range must be finite numbers, not {lo!r}–{hi!r}</source>
        <translation>幅は有限の数値でなければならない（{lo!r}～{hi!r}は不可）</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/preference_ranges.py"/>
        <source>range must lie within 0–100, not {lo:g}–{hi:g}</source>
        <translation>幅は0～100の範囲内でなければならない（{lo:g}～{hi:g}は不可）</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/preference_ranges.py"/>
        <source>range low {lo:g} is above its high {hi:g}</source>
        <translation>幅の下限{lo:g}が上限{hi:g}を上回っている</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/preference_ranges.py"/>
        <source>range {lo:g}–{hi:g} must contain the estimate {point:g}</source>
        <translation>幅{lo:g}～{hi:g}は推計値{point:g}を含まなければならない</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/preference_ranges.py"/>
        <source>Type a range as low–high (e.g. 30–50) or ±points (e.g. ±10), not {text!r}</source>
        <translation>幅は「下限～上限」（例：30～50）または「±ポイント」（例：±10）で入力してください（{text!r}は不可）</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/problems.py"/>
        <source>{path}: warning: {message}</source>
        <translation>{path}: 警告: {message}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/problems.py"/>
        <source>... and {n} more problems not shown</source>
        <translation>... ほかに表示していない問題が {n} 件あります</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/problems.py"/>
        <source>... and at least {n} more problems not shown (checking stopped early)</source>
        <translation>... ほかに表示していない問題が少なくとも {n} 件あります(確認を途中で打ち切りました)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/problems.py"/>
        <source>... and more problems not shown (checking stopped early)</source>
        <translation>... ほかにも表示していない問題があります(確認を途中で打ち切りました)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/summary.py"/>
        <source>US$ {v} bn</source>
        <translation>{v} 10億米ドル</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/summary.py"/>
        <source>US$ {v} m</source>
        <translation>{v} 百万米ドル</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/summary.py"/>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <location filename="../../src/negotiator_gui/ui/tariffs/models.py"/>
        <source>all products</source>
        <translation>全品目</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/summary.py"/>
        <source>{scope} except {codes}</source>
        <translation>{scope}({codes} を除く)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/summary.py"/>
        <source>from {start} to {end}</source>
        <translation>{start} から {end} まで</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/summary.py"/>
        <source>from {start}</source>
        <translation>{start} から</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/summary.py"/>
        <source>in force to {end}</source>
        <translation>{end} まで発効中</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/summary.py"/>
        <source>all-in floor incl. {what}</source>
        <translation>合算下限({what} を含む)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/summary.py"/>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/summary.py"/>
        <source>further notice</source>
        <translation>追って通知があるまで</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/summary.py"/>
        <source>paused {start} to {end}</source>
        <translation>{start} から {end} まで一時停止</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/summary.py"/>
        <source>at {rate} {start} to {end}</source>
        <translation>{start} から {end} まで {rate}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/summary.py"/>
        <source>quota {volume} {unit} at {rate}</source>
        <translation>割当 {volume} {unit} まで {rate}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/summary.py"/>
        <source>{rate} by {imposing} on {targets}, {scope}, {when}</source>
        <translation>{imposing} が {targets} に {rate}、{scope}、{when}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/summary.py"/>
        <source>Id: {id}    As of: {date}    Perspective: {party}</source>
        <translation>ID: {id}    基準日: {date}    視点: {party}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/summary.py"/>
        <source>Parties ({n})</source>
        <translation>当事者 ({n})</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/summary.py"/>
        <source>BATNA: {text}</source>
        <translation>BATNA: {text}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/summary.py"/>
        <source>Issues ({n})</source>
        <translation>論点 ({n})</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/summary.py"/>
        <source>weights: {weights}</source>
        <translation>ウェイト: {weights}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/summary.py"/>
        <source>{n} tariff change</source>
        <translation>関税の変更 {n} 件</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/summary.py"/>
        <source>{n} tariff changes</source>
        <translation>関税の変更 {n} 件</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/summary.py"/>
        <location filename="../../src/negotiator_gui/ui/preferences/models.py"/>
        <source>{n} commitment</source>
        <translation>コミットメント {n} 件</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/summary.py"/>
        <location filename="../../src/negotiator_gui/ui/preferences/models.py"/>
        <source>{n} commitments</source>
        <translation>コミットメント {n} 件</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/summary.py"/>
        <source>scores: {scores}</source>
        <translation>評点: {scores}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/summary.py"/>
        <source>Reservation values (BATNA)</source>
        <translation>留保価値 (BATNA)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/summary.py"/>
        <source>package {id}</source>
        <translation>パッケージ {id}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/summary.py"/>
        <location filename="../../src/negotiator_gui/ui/brief/pdf.py"/>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/summary.py"/>
        <source>Boards ({n} cards)</source>
        <translation>ボード(カード {n} 枚)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/summary.py"/>
        <source>Tariff measures ({n})</source>
        <translation>関税措置 ({n})</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/summary.py"/>
        <source>{when} excludes {excludes}</source>
        <translation>{when} は {excludes} を除外</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/summary.py"/>
        <source>Stacking rules: {rules}</source>
        <translation>積み上げ規則: {rules}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/summary.py"/>
        <source>Trade flows ({n} lines, {year}, {unit})</source>
        <translation>貿易フロー({n} 行、{year} 年、{unit})</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/summary.py"/>
        <source>{importer} imports from {exporter}: {value}, trade-weighted MFN {rate}</source>
        <translation>{importer} の {exporter} からの輸入: {value}、貿易加重平均 MFN 税率 {rate}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/summary.py"/>
        <source>Packages: {packages}    Offers: {offers}</source>
        <translation>パッケージ: {packages}    提案: {offers}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/summary.py"/>
        <source>{n} of {total} issues chosen</source>
        <translation>{total} 論点中 {n} 論点を選択済み</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/tariff_edits.py"/>
        <source>Maximum rate</source>
        <translation>上限税率</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/tariff_edits.py"/>
        <source>Floor</source>
        <translation>下限</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/tariff_edits.py"/>
        <source>{op} {value} on 1 line</source>
        <translation>{op} {value}(1品目)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/tariff_edits.py"/>
        <source>{op} {value} on {n} lines</source>
        <translation>{op} {value}({n}品目)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/tariff_edits.py"/>
        <source>unknown operator {op!r}</source>
        <translation>不明な演算 {op!r}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/tariff_edits.py"/>
        <source>select one or more product lines first</source>
        <translation>先に1つ以上の品目を選択してください</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/tariff_edits.py"/>
        <source>a selected line is no longer in the flow table</source>
        <translation>選択した品目はフロー表にもうありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/tariff_edits.py"/>
        <source>the operator gives no finite rate for some lines</source>
        <translation>一部の品目で有限の税率が得られません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/tariff_edits.py"/>
        <source>the operator changes none of the selected lines</source>
        <translation>選択した品目はいずれも変更されません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/tariffs.py"/>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>additive</source>
        <translation>加算</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/tariffs.py"/>
        <source>all-in</source>
        <translation>込み</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/tariffs.py"/>
        <source>applied</source>
        <translation>適用</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/tariffs.py"/>
        <source>excluded</source>
        <translation>除外</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/tariffs.py"/>
        <source>not in force</source>
        <translation>未発効・失効</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/tariffs.py"/>
        <source>not covered</source>
        <translation>対象外</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/tariffs.py"/>
        <source>quota in other units: out-of-quota rate</source>
        <translation>割当の単位が異なるため枠外税率を適用</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/tariffs.py"/>
        <source>{share} in quota</source>
        <translation>{share} が割当枠内</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/tariffs.py"/>
        <source>rule {rule}</source>
        <translation>規則 {rule}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/tariffs.py"/>
        <source>sets MFN</source>
        <translation>MFN税率を設定</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/tariffs.py"/>
        <source>all-in {rate} including {layers}</source>
        <translation>{layers} を含めて合計 {rate}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/tariffs.py"/>
        <source>replaces {rate} already in the base rate</source>
        <translation>基本税率に含まれる {rate} を置き換え</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/trade.py"/>
        <source>macro η</source>
        <translation>マクロη</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/trade.py"/>
        <source>export supply ε_x</source>
        <translation>輸出供給 ε_x</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/trade.py"/>
        <source>micro σ</source>
        <translation>ミクロσ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/trade.py"/>
        <source>All products</source>
        <translation>全品目</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/trade.py"/>
        <source>{lines} and {n} more</source>
        <translation>{lines} ほか {n} 品目</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/trade.py"/>
        <source>{lines} (sections {sections})</source>
        <translation>{lines}(部 {sections})</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/trade.py"/>
        <source>{lines} (section {sections})</source>
        <translation>{lines}(部 {sections})</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/trade.py"/>
        <source>No base-year trade on {n} line(s) whose rate changes by {points} points or more: the model shows no effect there, though trade may start after a cut. {lines}</source>
        <translation>税率が {points} ポイント以上変化する {n} 品目に基準年の貿易がありません。モデルはそこに影響を示しませんが、引き下げ後に貿易が始まる可能性があります。{lines}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/trade.py"/>
        <source>The linear formula would make imports negative on {n} line(s); they are cut at zero. Prefer the exact figures there. {lines}</source>
        <translation>線形の式では {n} 品目で輸入が負になるため、ゼロで打ち切りました。これらの品目では厳密モデルの数値を使用してください。{lines}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/trade.py"/>
        <source>Linear and exact trade creation differ by more than {pct} % on {n} line(s) (large changes of rate): say which figure you quote. {lines}</source>
        <translation>{n} 品目で線形モデルと厳密モデルの貿易創出の差が {pct} % を超えています(税率の変化が大きいため)。どちらの数値を引用するか明記してください。{lines}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/trade.py"/>
        <source>{symbol} on {n}</source>
        <translation>{symbol}: {n} 品目</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/trade.py"/>
        <source>No elasticity of the scenario or the presets covers {n} traded line(s) ({which}); the fallback values were used. {lines}</source>
        <translation>取引のある {n} 品目({which})はシナリオにもプリセットにも弾力性がないため、既定の代替値を使用しました。{lines}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/utility_cloud.py"/>
        <source>the chart needs two negotiating parties</source>
        <translation>この図には交渉当事者が 2 つ必要です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>{id!r} is not a valid id</source>
        <translation>{id!r} は有効な ID ではありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>unknown party {party!r}</source>
        <translation>不明な当事者です: {party!r}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>party {perspective!r} does not negotiate</source>
        <translation>当事者 {perspective!r} は交渉当事者ではありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>round must be 1 or more, not {round}</source>
        <translation>ラウンドは 1 以上にしてください({round} は使えません)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>unknown package {package!r}</source>
        <translation>不明なパッケージです: {package!r}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>{id!r} is not a valid {what} id</source>
        <translation>{id!r} は有効な{what}の ID ではありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>duplicate {what} id {id!r}</source>
        <translation>{what}の ID {id!r} が重複しています</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>{n} more texts hold characters that exports show as {mark} ({code})</source>
        <translation>ほかに {n} 件のテキストに、エクスポートで {mark}({code})と表示される文字が含まれています</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>text is {length:,} characters long; the limit is {limit:,}</source>
        <translation>テキストが {length:,} 文字あります。上限は {limit:,} 文字です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>text holds an invalid character (an unpaired surrogate), {char} at position {pos}: no file can hold it</source>
        <translation>テキストに無効な文字(対になっていないサロゲート)が含まれています: {pos} 文字目の {char}。どのファイルにも保存できません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>{char} at position {pos}</source>
        <translation>{pos} 文字目の {char}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>{first} and {n} more such characters</source>
        <translation>{first} ほか {n} 文字</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>text holds a character no workbook or PDF can hold ({where}); exports show {mark} ({code}) instead</source>
        <translation>テキストにブックや PDF に入れられない文字が含まれています({where})。エクスポートでは代わりに {mark}({code})と表示されます</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>a negotiation needs at least two parties with role &apos;negotiator&apos;</source>
        <translation>交渉には役割が「交渉当事者」の当事者が 2 つ以上必要です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>colour must look like #1f77b4, not {colour!r}</source>
        <translation>色は #1f77b4 の形式で指定してください({colour!r} は使えません)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>must be a finite number</source>
        <translation>有限の数値にしてください</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>rate {value:g} is negative</source>
        <translation>税率 {value:g} が負の値です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>{value:g} is below {low:g}</source>
        <translation>{value:g} は下限 {low:g} を下回っています</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>rate {value:g} is {percent:g} %, above the {limit:g} % limit (rates are fractions: 0.25 means 25 %)</source>
        <translation>税率 {value:g} は {percent:g} % で、上限の {limit:g} % を超えています(税率は小数で表します。0.25 は 25 % です)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>HS prefix must be 2–10 digits, not {code!r}</source>
        <translation>HS コードの先頭部分は 2~10 桁の数字にしてください({code!r} は使えません)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>name at least one target party, or &apos;*&apos; for every partner</source>
        <translation>対象国を少なくとも一つ指定してください(すべての相手国なら「*」)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>ends ({end}) before it takes effect ({effective})</source>
        <translation>終了日 ({end}) が発効日 ({effective}) より前です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>takes effect before it was announced</source>
        <translation>発表日より前に発効しています</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>ends ({end}) before it starts</source>
        <translation>終了日 ({end}) が開始日より前です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>quota volume must be zero or more</source>
        <translation>割当数量は 0 以上にしてください</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>an all-in floor usually includes &apos;mfn&apos;</source>
        <translation>合算下限には通常「mfn」を含めます</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>an issue needs at least one option</source>
        <translation>論点には選択肢が少なくとも一つ必要です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>HS prefix must be 2–10 digits: {product!r}</source>
        <translation>HS コードの先頭部分は 2~10 桁の数字にしてください: {product!r}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>add_measure needs the measure to add</source>
        <translation>措置の追加には、追加する措置の指定が必要です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>unknown measure {measure!r}</source>
        <translation>不明な措置です: {measure!r}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>{op} needs a value</source>
        <translation>{op} には値が必要です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>a cut is a fraction from 0 to 1, not {value:g}</source>
        <translation>削減率は 0~1 の小数で指定してください({value:g} は使えません)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>the Swiss coefficient must be positive: {value:g}</source>
        <translation>スイス・フォーミュラの係数は正の値にしてください: {value:g}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>a second set of preferences for {party!r}</source>
        <translation>{party!r} の選好が重複しています</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>unknown issue {issue!r}</source>
        <translation>不明な論点です: {issue!r}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>weight must be zero or more, not {weight!r}</source>
        <translation>ウェイトは 0 以上にしてください({weight!r} は使えません)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>unknown option {option!r}</source>
        <translation>不明な選択肢です: {option!r}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>score must be 0–100, not {score!r}</source>
        <translation>評点は 0~100 にしてください({score!r} は使えません)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>a range needs a score for the option</source>
        <translation>幅を付けるには選択肢のスコアが必要</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>weights add up to {total:g}, not 100; they are scaled</source>
        <translation>ウェイトの合計が 100 ではなく {total:g} です。比率に応じて調整されます</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>give a value or a package, not both</source>
        <translation>値かパッケージのどちらか一方を指定してください</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>must be 0–100, not {value!r}</source>
        <translation>0~100 にしてください({value!r} は使えません)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>a range needs a reservation value</source>
        <translation>幅を付けるには留保値が必要</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>no preferences for party {id!r}</source>
        <translation>当事者 {id!r} の選好がありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>an option needs its issue</source>
        <translation>選択肢には論点の指定が必要です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>unknown option {option!r} of {issue!r}</source>
        <translation>{issue!r} に選択肢 {option!r} はありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>unknown card {link!r}</source>
        <translation>不明なカードです: {link!r}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>card {link!r} is on the same board</source>
        <translation>カード {link!r} は同じボード上にあります</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>rule</source>
        <translation>規則</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>name at least one selector</source>
        <translation>セレクターを少なくとも一つ指定してください</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>unknown authority {authority!r} in selector {selector!r}</source>
        <translation>セレクター {selector!r} に不明な法的根拠 {authority!r} があります</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>the flow table&apos;s columns have different lengths</source>
        <translation>貿易フロー表の列の長さが揃っていません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>unknown party {names}</source>
        <translation>不明な当事者です: {names}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>HS code must be 2–10 digits: {code!r}</source>
        <translation>HS コードは 2~10 桁の数字にしてください: {code!r}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>duplicate flow {key}</source>
        <translation>貿易フロー {key} が重複しています</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>{column} {value:g} is negative</source>
        <translation>{column} の値 {value:g} が負の値です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>{column} {value:g} is above the 1000 % limit</source>
        <translation>{column} の値 {value:g} が上限の 1000 % を超えています</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>{column} {value:g} is not finite</source>
        <translation>{column} の値 {value:g} が有限の数値ではありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>{n} more rows with a bad {column}</source>
        <translation>ほかに {column} が不正な行が {n} 行あります</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>an elasticity is a positive number, not {value!r}</source>
        <translation>弾力性は正の数値にしてください({value!r} は使えません)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>a range end is a positive number, not {value!r}</source>
        <translation>範囲の端は正の数でなければなりません({value!r} ではありません)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>the range&apos;s low end {low:g} is above its high end {high:g}</source>
        <translation>範囲の下限 {low:g} が上限 {high:g} を上回っています</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>the value {value:g} lies outside its range {low}–{high}</source>
        <translation>値 {value:g} が範囲 {low}–{high} の外にあります</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/validation.py"/>
        <source>unknown option {option!r} of issue {issue!r}</source>
        <translation>論点 {issue!r} に選択肢 {option!r} はありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/atomic_write.py"/>
        <source>the disk is full: free some space or choose another folder</source>
        <translation>ディスクがいっぱいです。空き容量を確保するか、別のフォルダーを選んでください</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/book.py"/>
        <source>CONFIDENTIAL — {scenario}</source>
        <translation>機密 — {scenario}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/book.py"/>
        <source>REDACTED COPY</source>
        <translation>秘匿処理版</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/book.py"/>
        <source>Exported {when} · hash {hash}</source>
        <translation>エクスポート {when} · ハッシュ {hash}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/book.py"/>
        <source>Confidential: for the negotiating team only</source>
        <translation>機密：交渉団限り</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/book.py"/>
        <source>Page {page} of {pages}</source>
        <translation>{page} / {pages} ページ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/book.py"/>
        <source>Redacted copy: {note}.</source>
        <translation>秘匿処理版: {note}。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/file.py"/>
        <source>the workbook written cannot be read back ({why}), so it was not saved. This is a fault in Negotiator: please report it with the scenario file</source>
        <translation>書き出したブックを読み戻せないため({why})、保存しませんでした。Negotiator の不具合です。シナリオファイルを添えて報告してください</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/layout.py"/>
        <source>About</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/layout.py"/>
        <location filename="../../src/negotiator_gui/ui/printing/documents.py"/>
        <source>Options</source>
        <translation>選択肢</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/layout.py"/>
        <location filename="../../src/negotiator_gui/ui/charts/utility.py"/>
        <source>Packages</source>
        <translation>パッケージ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/layout.py"/>
        <source>Chart</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/layout.py"/>
        <source>Issue grid</source>
        <translation>論点一覧</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/layout.py"/>
        <source>Impact</source>
        <translation>影響</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/layout.py"/>
        <location filename="../../src/negotiator_gui/ui/tariffs/panels.py"/>
        <source>Tariffs</source>
        <translation>関税</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/layout.py"/>
        <location filename="../../src/negotiator_gui/ui/shell/welcome.py"/>
        <source>Boards</source>
        <translation>ボード</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/layout.py"/>
        <source>Ranges</source>
        <translation>範囲</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/layout.py"/>
        <source>Workbook format</source>
        <translation>ブック形式</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/layout.py"/>
        <source>Scenario id</source>
        <translation>シナリオID</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/layout.py"/>
        <source>Content hash</source>
        <translation>内容ハッシュ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/layout.py"/>
        <source>Redacted copy</source>
        <translation>秘匿処理版</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/layout.py"/>
        <source>Issue / option</source>
        <translation>論点 / 選択肢</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/layout.py"/>
        <location filename="../../src/negotiator_gui/io/excel/ranges.py"/>
        <source>Issue id</source>
        <translation>論点ID</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/layout.py"/>
        <location filename="../../src/negotiator_gui/io/excel/ranges.py"/>
        <source>Option id</source>
        <translation>選択肢ID</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/layout.py"/>
        <source>{party} weight</source>
        <translation>{party} ウェイト</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/layout.py"/>
        <source>{party} share</source>
        <translation>{party} 比率</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/layout.py"/>
        <location filename="../../src/negotiator_gui/ui/printing/documents.py"/>
        <source>{party} score</source>
        <translation>{party} スコア</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/layout.py"/>
        <location filename="../../src/negotiator_gui/ui/printing/documents.py"/>
        <source>{party} weighted</source>
        <translation>{party} 加重値</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/layout.py"/>
        <source>{party} board</source>
        <translation>{party} ボード</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/layout.py"/>
        <source>Total weight (points)</source>
        <translation>ウェイト合計(ポイント)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/layout.py"/>
        <source>Reservation value (no deal)</source>
        <translation>留保価値(合意なし)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/ranges.py"/>
        <source>Party id</source>
        <translation>当事者ID</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/ranges.py"/>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <location filename="../../src/negotiator_gui/ui/boards/card_dialog.py"/>
        <location filename="../../src/negotiator_gui/ui/preferences/models.py"/>
        <location filename="../../src/negotiator_gui/ui/printing/documents.py"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/ranges.py"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/ranges.py"/>
        <source>{level} ±{w}</source>
        <translation>{level} ±{w}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/ranges.py"/>
        <source>Ranges: how far each number may plausibly be off</source>
        <translation>範囲：各数値がどこまでずれうるか</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/ranges.py"/>
        <source>Blue cells on yellow are inputs, read back by &apos;Import weights&apos;: type Low and High around the estimate (both, or neither for no range). A confidence level ({widths} points) gives every number without a range of its own that band.</source>
        <translation>黄色地に青字のセルは入力欄で、「ウェイトの取り込み」で読み戻される：推計値を挟む下限と上限を入力する（両方、または幅なしなら両方とも空欄）。確信度（{widths}ポイント）を指定すると、独自の幅をもたないすべての数値にその幅が付く。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/ranges.py"/>
        <source>Confidence level</source>
        <translation>確信度</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/ranges.py"/>
        <source>{issue} / {option}</source>
        <translation>{issue} / {option}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/ranges.py"/>
        <source>its header row is gone</source>
        <translation>見出し行がない</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/ranges.py"/>
        <source>{cell}: the confidence level is one of {allowed} or empty, not {v}</source>
        <translation>{cell}：確信度は{allowed}のいずれかか空欄（{v}は不可）</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/ranges.py"/>
        <source>row {row} has the unknown kind {kind}</source>
        <translation>{row}行目の種類{kind}は不明</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/ranges.py"/>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source>row {row} holds issue id {issue}, which {id} does not have</source>
        <translation>{row} 行目の論点 ID {issue} は {id} にありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/ranges.py"/>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source>row {row} holds option {option} of {issue}, which is unknown</source>
        <translation>{row} 行目の {issue} の選択肢 {option} は不明です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/ranges.py"/>
        <source>range of row {row}</source>
        <translation>{row}行目の幅</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/ranges.py"/>
        <source>{cell}: give both Low and High, or neither for no range</source>
        <translation>{cell}：下限と上限の両方を入力するか、幅なしなら両方とも空欄にしてください</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>demand</source>
        <translation>要求</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>concession</source>
        <translation>譲歩</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>red line</source>
        <translation>レッドライン</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>on table</source>
        <translation>提示中</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>scenario</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>preset</source>
        <translation>既定値</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>fallback</source>
        <translation>代替値</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>import demand</source>
        <translation>輸入需要</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>export supply</source>
        <translation>輸出供給</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>substitution</source>
        <translation>代替</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <location filename="../../src/negotiator_gui/ui/charts/impact.py"/>
        <source>US$ bn</source>
        <translation>10億米ドル</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>Issue grid: opening, target and resistance</source>
        <translation>論点一覧: 当初提示、目標、抵抗点</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>Opening: the option in the party&apos;s latest offer (else its best option). Target: the Nash package. Resistance: the party&apos;s worst option among the efficient packages every side prefers to its walk-away value (BATNA).</source>
        <translation>開始点:当事者の最新の提案の選択肢(なければ最善の選択肢)。目標:ナッシュ・パッケージ。抵抗点:すべての側が自らの留保価値(BATNA)より好む効率的パッケージの中で、その当事者にとって最悪の選択肢。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <location filename="../../src/negotiator_gui/ui/boards/card_dialog.py"/>
        <location filename="../../src/negotiator_gui/ui/brief/pdf.py"/>
        <location filename="../../src/negotiator_gui/ui/preferences/models.py"/>
        <location filename="../../src/negotiator_gui/ui/preferences/weights.py"/>
        <location filename="../../src/negotiator_gui/ui/printing/documents.py"/>
        <source>Issue</source>
        <translation>論点</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>{party} opening</source>
        <translation>{party} 当初提示</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>{party} target</source>
        <translation>{party} 目標</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>{party} resistance</source>
        <translation>{party} 抵抗点</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>Target and resistance need every side&apos;s preferences: not in this workbook.</source>
        <translation>目標と抵抗点にはすべての側の選好が必要ですが、このブックには含まれていません。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>US$ m</source>
        <translation>百万米ドル</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>Trade impact by sector</source>
        <translation>分野別の貿易への影響</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>The scenario has no trade flows.</source>
        <translation>シナリオに貿易フローがありません。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <location filename="../../src/negotiator_gui/ui/charts/impact.py"/>
        <source>linear</source>
        <translation>線形</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <location filename="../../src/negotiator_gui/ui/charts/impact.py"/>
        <source>exact</source>
        <translation>厳密</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>Trade impact by sector — no deal and key packages</source>
        <translation>部門別の貿易への影響 — 合意なしと主要パッケージ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>Trade model ({model}, two elasticities), {window}; from base-year {year} flows at their base rates; money in {unit} a year. No deal: the tariffs in force on their scheduled path; a package: the tariffs under it. &apos;vs no deal&apos; is what the package changes.</source>
        <translation>貿易モデル({model}、二つの弾力性)、{window}。基準年 {year} のフローとその基本税率から。金額は年間{unit}。合意なし:発効中の関税が予定どおりに推移する場合。パッケージ:その下での関税。「合意なし比」はパッケージによる変化です。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <location filename="../../src/negotiator_gui/ui/analysis/models.py"/>
        <location filename="../../src/negotiator_gui/ui/charts/utility.py"/>
        <location filename="../../src/negotiator_gui/ui/printing/documents.py"/>
        <source>Package</source>
        <translation>パッケージ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <location filename="../../src/negotiator_gui/ui/charts/impact.py"/>
        <location filename="../../src/negotiator_gui/ui/charts/tariffs.py"/>
        <location filename="../../src/negotiator_gui/ui/tariffs/models.py"/>
        <source>Importer</source>
        <translation>輸入国</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <location filename="../../src/negotiator_gui/ui/tariffs/models.py"/>
        <source>Exporter</source>
        <translation>輸出国</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>HS chapter</source>
        <translation>HS 類</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>Section</source>
        <translation>部</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>Tariff, base year</source>
        <translation>関税(基準年)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>Tariff</source>
        <translation>関税</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>Imports, base year</source>
        <translation>輸入額(基準年)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <location filename="../../src/negotiator_gui/ui/tariffs/models.py"/>
        <source>Imports</source>
        <translation>輸入額</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>Change from base year</source>
        <translation>基準年からの変化</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>Change %</source>
        <translation>変化率</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>vs no deal</source>
        <translation>合意なし比</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>Tariff revenue</source>
        <translation>関税収入</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>Welfare</source>
        <translation>厚生</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>all</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>all sectors</source>
        <translation>全分野</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>Tariff measures and effective rates</source>
        <translation>関税措置と実効税率</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>The measures of the scenario with their dates, then the trade-weighted tariff each negotiator applies to each partner through {year} (base-year import values as weights), at every date on which it changes.</source>
        <translation>シナリオの措置とその日付、続いて各交渉当事者が各相手国に課す {year} 年の貿易加重平均関税(基準年の輸入額で加重)を、変化する日付ごとに示します。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <location filename="../../src/negotiator_gui/ui/tariffs/editor.py"/>
        <source>Measures</source>
        <translation>措置</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <location filename="../../src/negotiator_gui/ui/preferences/models.py"/>
        <source>Measure</source>
        <translation>措置</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <location filename="../../src/negotiator_gui/ui/tariffs/models.py"/>
        <source>Authority</source>
        <translation>法的根拠</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>Imposed by</source>
        <translation>賦課国</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>On</source>
        <translation>対象国</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <location filename="../../src/negotiator_gui/ui/tariffs/models.py"/>
        <source>Rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <location filename="../../src/negotiator_gui/ui/tariffs/models.py"/>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>Products</source>
        <translation>品目</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>Announced</source>
        <translation>発表</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>In force from</source>
        <translation>発効日</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>Ends</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>Pauses and reductions</source>
        <translation>一時停止と引き下げ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>Quota</source>
        <translation>割当</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>Legal reference</source>
        <translation>法的根拠(条文)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>{scope} except {excluded}</source>
        <translation>{scope}({excluded} を除く)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>all-in floor</source>
        <translation>込みの下限</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>all-in floor incl. {layers}</source>
        <translation>込みの下限({layers} を含む)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>{start}–{end}: {what}</source>
        <translation>{start}–{end}: {what}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>{volume} {unit} at {rate}</source>
        <translation>{volume} {unit}、枠内税率 {rate}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>Trade-weighted tariff on {party} imports, by partner</source>
        <translation>{party} の輸入に対する貿易加重平均関税(相手国別)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>From</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>Boards: demands, concessions and red lines</source>
        <translation>ボード: 要求、譲歩、レッドライン</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>Both sides&apos; cards as the team sees them. Values are in utility points against the status quo: what the card&apos;s owner gains, and what the other side loses.</source>
        <translation>チームから見た双方のカードです。値は現状に対する効用ポイントで、カードの所有者が得るものと相手側が失うものを示します。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>Board</source>
        <translation>ボード</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <location filename="../../src/negotiator_gui/ui/boards/card_dialog.py"/>
        <location filename="../../src/negotiator_gui/ui/printing/documents.py"/>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <location filename="../../src/negotiator_gui/ui/boards/card_dialog.py"/>
        <location filename="../../src/negotiator_gui/ui/printing/documents.py"/>
        <source>Card</source>
        <translation>カード</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <location filename="../../src/negotiator_gui/ui/boards/card_dialog.py"/>
        <location filename="../../src/negotiator_gui/ui/preferences/models.py"/>
        <location filename="../../src/negotiator_gui/ui/printing/documents.py"/>
        <source>Option</source>
        <translation>選択肢</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>Value to owner</source>
        <translation>所有者にとっての価値</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>Cost to other side</source>
        <translation>相手側の負担</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <location filename="../../src/negotiator_gui/ui/boards/card_dialog.py"/>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>Answers</source>
        <translation>対応するカード</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <location filename="../../src/negotiator_gui/ui/boards/card_dialog.py"/>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>Elasticities used</source>
        <translation>使用した弾力性</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <location filename="../../src/negotiator_gui/ui/preferences/models.py"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>Origin</source>
        <translation>由来</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/sheets.py"/>
        <source>Lines</source>
        <translation>品目数</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source>confidence level</source>
        <translation>確信度</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source>reservation range</source>
        <translation>留保値の幅</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source>reservation value</source>
        <translation>留保価値</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source>weight range of &apos;{title}&apos; ({issue})</source>
        <translation>「{title}」（{issue}）のウェイトの幅</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source>score range of &apos;{title}&apos; / &apos;{label}&apos; ({issue}/{option})</source>
        <translation>「{title}」/「{label}」（{issue}/{option}）のスコアの幅</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source>weight of &apos;{title}&apos; ({issue})</source>
        <translation>「{title}」({issue})のウェイト</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source>score of &apos;{title}&apos; / &apos;{label}&apos; ({issue}/{option})</source>
        <translation>「{title}」/「{label}」({issue}/{option})のスコア</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source>{party} {where}: {old} → {new}  [{cell}]</source>
        <translation>{party} の{where}: {old} → {new}  [{cell}]</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source>{book}: options matrix of &apos;{title}&apos; ({id})</source>
        <translation>{book}: 「{title}」({id})のオプション・マトリクス</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source>exported from {file} as it is now (content hash matches)</source>
        <translation>現在の {file} からエクスポートされたものです(内容ハッシュが一致)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source>{file} has changed since the export (content hash differs): the changes below are against the file as it is now</source>
        <translation>{file} はエクスポート後に変更されています(内容ハッシュが不一致)。以下の変更は現在のファイルに対するものです</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source>no party</source>
        <translation>当事者なし</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source>inputs read for {parties}</source>
        <translation>{parties} の入力値を読み込みました</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source>no columns for {parties} (a redacted copy): left as they are</source>
        <translation>{parties} の列がありません (秘匿版): 変更しません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source>no columns for {parties} (no preferences when it was exported): left as they are</source>
        <translation>{parties} の列がありません (書き出した時点で選好が未設定): 変更しません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source>No changes.</source>
        <translation>変更はありません。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source>{n} change:</source>
        <translation>{n} 件の変更:</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source>{n} changes:</source>
        <translation>{n} 件の変更:</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <location filename="../../src/negotiator_gui/io/tables/report.py"/>
        <source>note: {note}</source>
        <translation>注: {note}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source>no exported workbook is that large: export a fresh one</source>
        <translation>書き出したブックがこれほど大きくなることはありません。改めて書き出してください</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <location filename="../../src/negotiator_gui/io/tables/files.py"/>
        <source>{path}: no such file</source>
        <translation>{path}: ファイルが見つかりません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source>{path}: not an Excel workbook (.xlsx) ({error})</source>
        <translation>{path}: Excel ブック(.xlsx)ではありません({error})</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <location filename="../../src/negotiator_gui/io/tables/files.py"/>
        <location filename="../../src/negotiator_gui/io/tables/reading.py"/>
        <source>{path}: cannot be read: {error}</source>
        <translation>{path}: 読み込めません: {error}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source>{path}: the {sheet} sheet has more than {limit} cells, far more than an exported workbook; export a fresh one</source>
        <translation>{path}: {sheet} シートのセルが {limit} 個を超えています。書き出したブックよりはるかに多いため、改めて書き出してください</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <location filename="../../src/negotiator_gui/io/tables/files.py"/>
        <source>{path} (sheet {sheet}): {error}</source>
        <translation>{path} (シート {sheet}): {error}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source>{path}: not an options-matrix workbook exported by Negotiator (no {sheet} sheet with its &apos;{line}&apos; line)</source>
        <translation>{path}: Negotiator がエクスポートしたオプション・マトリクスのブックではありません(「{line}」の行を含む{sheet}シートがありません)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source>{path}: written by a newer Negotiator (workbook format {version}); update to read it</source>
        <translation>{path}: 新しいバージョンの Negotiator で作成されています(ブック形式 {version})。読み込むには Negotiator を更新してください</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source>{path}: the {sheet} sheet has been restructured, so its inputs cannot be matched safely: {why}. Export a fresh workbook and make the changes there.</source>
        <translation>{path}: {sheet}シートの構成が変更されているため、入力値を安全に照合できません: {why}。新しいブックをエクスポートし、そこで変更してください。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source>{path}: exported from scenario {found}, not from {id}; import it into that scenario&apos;s file</source>
        <translation>{path}: {id} ではなくシナリオ {found} からエクスポートされています。そのシナリオのファイルに取り込んでください</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source>there is no sheet named &apos;{sheet}&apos;</source>
        <translation>「{sheet}」という名前のシートがありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source>{path}: the {sheet} sheet has a &apos;{column}&apos; column, but {party} is not a negotiating party of {id}</source>
        <translation>{path}: {sheet}シートに「{column}」列がありますが、{party} は {id} の交渉当事者ではありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source>{cell} is headed &apos;{header}&apos;, but the {about} sheet lists no reservation value for {party}, so the workbook was exported without {party}&apos;s inputs</source>
        <translation>{cell} の見出しは「{header}」ですが、{about} シートに {party} の留保価値がありません。このブックは {party} の入力を含めずに書き出されたものです</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source>row {row} has an option id but no issue id</source>
        <translation>{row} 行目に選択肢 ID がありますが、論点 ID がありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source>issue {issue} has two rows</source>
        <translation>論点 {issue} の行が 2 つあります</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source>option {option} of {issue} has two rows</source>
        <translation>{issue} の選択肢 {option} の行が 2 つあります</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source>issue {issue} (&apos;{title}&apos;) has no row</source>
        <translation>論点 {issue}(「{title}」)の行がありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source>option {option} of {issue} (&apos;{label}&apos;) has no row</source>
        <translation>{issue} の選択肢 {option}(「{label}」)の行がありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source>{party} weight of &apos;{title}&apos;</source>
        <translation>「{title}」の {party} のウェイト</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source>{cell}: the {what} is empty (it was {was}); type 0 to give the issue no weight</source>
        <translation>{cell}: {what}が空欄です(元の値は {was})。論点のウェイトをなくすには 0 を入力してください</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source>{party} score of &apos;{title}&apos; / &apos;{label}&apos;</source>
        <translation>「{title}」/「{label}」の {party} のスコア</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source>{cell}: the {what} is empty (it was {was}); type 0 to give the option no value</source>
        <translation>{cell}: {what}が空欄です(元の値は {was})。選択肢の価値をなくすには 0 を入力してください</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <location filename="../../src/negotiator_gui/ui/preferences/weights.py"/>
        <source>{party} reservation value</source>
        <translation>{party} の留保価値</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source>{path}: the scenario would not be valid with these inputs: {problems}</source>
        <translation>{path}: これらの入力値ではシナリオが有効になりません: {problems}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source>{party}&apos;s weights now add up to {total} points, not 100 (utilities scale them)</source>
        <translation>{party} のウェイトの合計は 100 ではなく {total} ポイントになりました(効用の計算で按分されます)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source>{path}: the {sheet} sheet cannot be read: {why}</source>
        <translation>{path}：{sheet}シートを読み取れない：{why}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source>{party}&apos;s weight range of {issue} no longer held the weight: dropped</source>
        <translation>{party}の{issue}のウェイトの幅がウェイトを含まなくなったため削除した</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source>{party}&apos;s score range of {issue}/{option} no longer held the score: dropped</source>
        <translation>{party}の{issue}/{option}のスコアの幅がスコアを含まなくなったため削除した</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source>{party}&apos;s reservation range no longer held the value: dropped</source>
        <translation>{party}の留保値の幅が留保値を含まなくなったため削除した</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source>no header row with &apos;{label}&apos; and &apos;{issue}&apos;</source>
        <translation>「{label}」と「{issue}」を含む見出し行がありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source>two columns are headed &apos;{header}&apos; ({cells})</source>
        <translation>見出し「{header}」の列が 2 つあります ({cells})</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source>the &apos;{header}&apos; header is missing from row {row}</source>
        <translation>{row} 行目に見出し「{header}」がありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source> (renamed? the row has {cells}, which no column of ours is called)</source>
        <translation> (名前が変更されましたか? この行には {cells} がありますが、そのような列名は使っていません)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source>the defined name {name} is missing</source>
        <translation>定義された名前 {name} がありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source>the defined name {name} points at {target}, not at {expected}</source>
        <translation>定義された名前 {name} が {expected} ではなく {target} を指しています</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source>it is not a number</source>
        <translation>数値ではありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source>{text} could be {small} or {large}: is the {mark} a decimal mark or a thousands separator?</source>
        <translation>{text} は {small} とも {large} とも読めます。{mark} は小数点ですか、桁区切りですか?</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source>it is not a finite number</source>
        <translation>有限の数値ではありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source>{cell}: the {what} holds no valid number (an empty value, as some programs write for NaN or infinity); type the number</source>
        <translation>{cell}: {what}に有効な数値がありません (NaN や無限大の代わりに一部のソフトが書き込む空の値です)。数値を入力してください</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source>{cell}: the {what} is a formula with no saved result; open the workbook in Excel or LibreOffice and save it, or type the number</source>
        <translation>{cell}: {what}は計算結果が保存されていない数式です。ブックを Excel か LibreOffice で開いて保存するか、数値を入力してください</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source>{cell}: the {what} is the error value {value}; type a number</source>
        <translation>{cell}: {what}はエラー値 {value} です。数値を入力してください</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source>{cell}: the {what} is not a number: {value}</source>
        <translation>{cell}: {what}が数値ではありません: {value}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source>{cell}: the {what} is not a number: {value} ({why}); type it as a number without thousands separators</source>
        <translation>{cell}: {what}が数値ではありません: {value} ({why})。桁区切りなしの数値として入力してください</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source>{cell}: the {what} is not a finite number ({value}); type a number</source>
        <translation>{cell}: {what}が有限の数値ではありません ({value})。数値を入力してください</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source>{cell}: the {what} must be from {lo} to {hi}, not {value}</source>
        <translation>{cell}: {what}は {value} ではなく {lo}~{hi} の範囲で指定してください</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/weights.py"/>
        <source>{cell}: the {what} must be {lo} or more, not {value}</source>
        <translation>{cell}: {what}は {value} ではなく {lo} 以上で指定してください</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <location filename="../../src/negotiator_gui/ui/analysis/models.py"/>
        <location filename="../../src/negotiator_gui/ui/charts/utility.py"/>
        <location filename="../../src/negotiator_gui/ui/packages/beliefs_panel.py"/>
        <source>Nash</source>
        <translation>ナッシュ解</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>Max-min gain</source>
        <translation>マックスミン解(平等主義)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <location filename="../../src/negotiator_gui/ui/charts/utility.py"/>
        <location filename="../../src/negotiator_gui/ui/packages/beliefs_panel.py"/>
        <source>Utilitarian</source>
        <translation>功利主義解</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>Latest offer</source>
        <translation>最新の提案</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>Stored package</source>
        <translation>保存済みパッケージ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>Walk-away package (BATNA)</source>
        <translation>留保パッケージ(BATNA)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>Chosen</source>
        <translation>選択済み</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <location filename="../../src/negotiator_gui/ui/analysis/models.py"/>
        <source>Frontier</source>
        <translation>フロンティア</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>All packages</source>
        <translation>全パッケージ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>A value, not a formula: the sum over {n} issues would be longer than the 8,192 characters Excel allows in a formula, so changing a weight does not update it.</source>
        <translation>数式ではなく値です。{n} 論点の合計式は Excel の数式の上限 8,192 文字を超えるため、ウェイトを変えてもこの値は更新されません。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>Package under discussion</source>
        <translation>検討中のパッケージ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <location filename="../../src/negotiator_gui/ui/printing/documents.py"/>
        <source>Options matrix — {title}</source>
        <translation>オプション・マトリクス — {title}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>Blue cells on yellow are inputs: change a weight, score or reservation value and every utility on Packages updates. Weights are points, scaled to sum to 1 (share); weighted = share × score; a package&apos;s utility is the sum of its options&apos; weighted values (0–100).</source>
        <translation>黄色地に青字のセルは入力欄です。ウェイト、スコア、留保価値を変更すると、パッケージシートのすべての効用が更新されます。ウェイトはポイントで、合計が1になるよう換算されます(比率)。加重値 = 比率 × スコアで、パッケージの効用はその選択肢の加重値の合計(0–100)です。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>Board status</source>
        <translation>ボードの状況</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>The utility of the walk-away package &apos;{name}&apos;.</source>
        <translation>留保パッケージ「{name}」の効用です。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>The preferences of {parties} are not in this workbook: they have no weights, scores or utilities here.</source>
        <translation>{parties} の選好はこのブックに含まれていません。ウェイト、スコア、効用はありません。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>Utilities are formulas over the Options sheet (change a weight there and they update); In ZOPA compares them with the walk-away values (BATNAs) there.</source>
        <translation>効用は「選択肢」シートを参照する数式です(そこでウェイトを変えると更新されます)。「ZOPA内」はそこにある留保価値(BATNA)と比較します。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>Indicators are the trade model&apos;s at export, {window}: {party}&apos;s trade with {partner}, {unit} a year.</source>
        <translation>指標はエクスポート時の貿易モデルの値で、{window}:{party} と {partner} の貿易、年間{unit}。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>Recommended packages (the bargaining solutions) first, then the other packages in the ZOPA, then the rest; each group by {party}&apos;s utility at export.</source>
        <translation>推奨パッケージ（交渉解）を先頭に、次に ZOPA 内のその他のパッケージ、最後に残りを並べています。各グループ内はエクスポート時の{party}の効用の順です。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>Candidate packages — {title}</source>
        <translation>候補パッケージ — {title}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>Listed as</source>
        <translation>区分</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <location filename="../../src/negotiator_gui/ui/analysis/models.py"/>
        <source>{party} utility</source>
        <translation>{party} の効用</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <location filename="../../src/negotiator_gui/ui/printing/documents.py"/>
        <source>In ZOPA</source>
        <translation>ZOPA内</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>On frontier</source>
        <translation>フロンティア上</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>{party} exports to {partner}: change</source>
        <translation>{party} の {partner} 向け輸出: 変化</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>{party} balance with {partner}</source>
        <translation>{party} の対 {partner} 貿易収支</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <location filename="../../src/negotiator_gui/ui/analysis/views.py"/>
        <source>Accepted by {party}</source>
        <translation>{party}の受諾率</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <location filename="../../src/negotiator_gui/ui/analysis/views.py"/>
        <source>Accepted by all</source>
        <translation>全当事者の受諾率</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>{kinds}; stored as {names}</source>
        <translation>{kinds}。保存名: {names}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>Money columns are in {unit}.</source>
        <translation>金額の列の単位は {unit} です。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>Utility chart</source>
        <translation>効用グラフ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>A utility chart needs two parties&apos; utilities; this workbook has {n}.</source>
        <translation>効用グラフには2当事者の効用が必要ですが、このブックには {n} 当事者分しかありません。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>Packages by utility — {x} across, {y} up</source>
        <translation>効用で見たパッケージ — 横軸 {x}、縦軸 {y}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>Every candidate package on the Packages sheet (grey), the key packages, and the walk-away point (the BATNAs, not the status quo package). The points follow the Packages and Options sheets: change a weight and they move.</source>
        <translation>「パッケージ」シートのすべての候補パッケージ(灰色)、主要パッケージ、留保点(BATNA。現状維持パッケージではありません)。点は「パッケージ」と「選択肢」シートに連動し、ウェイトを変えると動きます。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>{party} utility (0–100)</source>
        <translation>{party} の効用(0–100)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <location filename="../../src/negotiator_gui/ui/printing/documents.py"/>
        <source>Candidate packages</source>
        <translation>候補パッケージ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>Walk-away values (BATNAs)</source>
        <translation>留保価値(BATNA)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>Options matrix: {title}</source>
        <translation>オプション・マトリクス: {title}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>Exported by Negotiator {version}. Sheets: {options} (inputs and weighted values), {packages} (candidates), {chart}, {grid}, {impact}, {tariffs}, {boards}.</source>
        <translation>Negotiator {version} でエクスポートしました。シート: {options}(入力値と加重値)、{packages}(候補)、{chart}、{grid}、{impact}、{tariffs}、{boards}。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>REDACTED COPY for sharing beyond the team: {note}.</source>
        <translation>チーム外共有用の秘匿処理版: {note}。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>Scenario</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <location filename="../../src/negotiator_gui/ui/tariffs/editor.py"/>
        <source>As of</source>
        <translation>基準日</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>Revision</source>
        <translation>版</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>— (not from the scenario library)</source>
        <translation>—(シナリオライブラリのものではありません)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>SHA-256 of the scenario&apos;s canonical file text: the same scenario file (and library revision) always has this hash.</source>
        <translation>シナリオの正規化したファイル内容のSHA-256です。同じシナリオファイル(とライブラリの版)は常にこのハッシュになります。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>Exported at</source>
        <translation>エクスポート日時</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>Perspective</source>
        <translation>視点</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>{parties} negotiate; third parties: {third}</source>
        <translation>交渉当事者: {parties}。第三者: {third}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>{parties} negotiate</source>
        <translation>交渉当事者: {parties}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>Parties</source>
        <translation>当事者</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>{n} candidates ({front} on the Pareto frontier of {size} frontier points)</source>
        <translation>候補 {n} 件(うちパレートフロンティア上 {front} 件、フロンティアの点は全 {size} 件)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>{n} candidates ({front} on the Pareto frontier)</source>
        <translation>候補 {n} 件(うちパレートフロンティア上 {front} 件)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>{n} candidates: every package (no frontier without every side&apos;s preferences)</source>
        <translation>候補 {n} 件: 全パッケージ(すべての側の選好がないためフロンティアはありません)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>{n} candidates: the offers and stored packages (no frontier without every side&apos;s preferences)</source>
        <translation>候補 {n} 件: 提案と保存済みパッケージ(すべての側の選好がないためフロンティアはありません)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>Packages listed</source>
        <translation>掲載パッケージ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <location filename="../../src/negotiator_gui/ui/charts/utility.py"/>
        <source>{n} packages</source>
        <translation>{n} 件のパッケージ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>; ZOPA {n} ({share})</source>
        <translation>。ZOPA {n} 件({share})</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>; ZOPA about {n} ({share} ± {margin}, sampled)</source>
        <translation>。ZOPA 約 {n} 件({share} ± {margin}、標本推計)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>Package space</source>
        <translation>パッケージ空間</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>Walk-away value (BATNA) {party}</source>
        <translation>留保価値(BATNA){party}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>yes: {note}</source>
        <translation>はい: {note}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>Assumptions</source>
        <translation>前提</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>Utilities</source>
        <translation>効用</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>Linear-additive: U = Σ (weight ÷ Σ weights) × score, on 0–100. Scores are 0–100 per option; weights are points. A package is in the ZOPA when every party&apos;s utility is at least its reservation value.</source>
        <translation>線形加法型: U = Σ(ウェイト ÷ ウェイト合計)× スコア(0–100)。スコアは選択肢ごとに0–100、ウェイトはポイントです。すべての当事者の効用が留保価値以上のとき、パッケージはZOPAに入ります。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>Partial equilibrium with two elasticities (macro η, micro σ; {model}), {window}, from base-year {year} flows ({unit}) at their base rates; source: {source}.</source>
        <translation>二つの弾力性(マクロ η、ミクロ σ。{model})による部分均衡、{window}、基準年 {year} のフロー({unit})とその基本税率から。出典:{source}。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>Partial equilibrium with two elasticities (macro η, micro σ; {model}), {window}, from base-year {year} flows ({unit}) at their base rates.</source>
        <translation>二つの弾力性(マクロ η、ミクロ σ。{model})による部分均衡、{window}、基準年 {year} のフロー({unit})とその基本税率から。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>Trade model</source>
        <translation>貿易モデル</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>Indicators</source>
        <translation>指標</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>Seen from {party} trading with {partner}, in {unit} a year: the change of {party}&apos;s exports to {partner} from the base year, the tariff revenue {partner} collects on them, and {party}&apos;s bilateral balance including the package&apos;s purchase commitments. Values at export (not formulas).</source>
        <translation>{party} と {partner} の貿易から見た値(年間{unit}):基準年からの {party} の {partner} 向け輸出の変化、{partner} がそれに課す関税収入、パッケージの購入コミットメントを含む {party} の二国間収支。エクスポート時の値です(数式ではありません)。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>Trade covered</source>
        <translation>対象の貿易</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>Coverage warning</source>
        <translation>対象範囲の警告</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>Not modelled</source>
        <translation>モデル化されていない範囲</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>No trade flows in the scenario: no indicators or impacts.</source>
        <translation>シナリオに貿易フローがないため、指標と影響はありません。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>Author</source>
        <translation>作成者</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>Legend</source>
        <translation>凡例</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>Input cell: change it and the formulas that use it update.</source>
        <translation>入力セル: 変更すると、それを使う数式が更新されます。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>Formula (weighted values, utilities, ZOPA).</source>
        <translation>数式(加重値、効用、ZOPA)。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>On frontier: a flag computed at export.</source>
        <translation>フロンティア上: エクスポート時に計算したフラグです。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>Nash, Kalai–Smorodinsky, Max-min gain, Utilitarian: the bargaining solutions over the ZOPA; Latest offer: a side&apos;s last offer (open issues filled from the status quo); Status quo package: the stored package that keeps every issue as it is (its utilities are not the walk-away values, see Options); Frontier: a Pareto-efficient package; Chosen: a package given at export.</source>
        <translation>ナッシュ、カライ・スモロディンスキー、マックスミン、功利主義:ZOPA上の交渉解。最新の提案:各側の最後の提案(未決の論点は現状で補完)。現状維持パッケージ:すべての論点を現状のままとする保存済みパッケージ(その効用は留保価値ではありません。「選択肢」シート参照)。フロンティア:パレート効率的なパッケージ。選択:エクスポート時に指定したパッケージ。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>Notes and warnings</source>
        <translation>注記と警告</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>{title} (redacted)</source>
        <translation>{title}(秘匿処理版)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <location filename="../../src/negotiator_gui/ui/analysis/panels.py"/>
        <location filename="../../src/negotiator_gui/ui/analysis/views.py"/>
        <source>Options matrix</source>
        <translation>オプション・マトリクス</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>Acceptance: the share of {n} samples of the ranges entered on the preferences (Latin hypercube, seed {seed}) in which the package reaches the other side&apos;s walk-away value. Computed values at export, not formulas.</source>
        <translation>受諾率：選好に入力された範囲の{n}サンプル（ラテン超方格法、シード{seed}）のうち、パッケージが相手側の交渉決裂時の価値に達する割合。エクスポート時に計算した値で、数式ではありません。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/excel/workbook.py"/>
        <source>{kind} ({status})</source>
        <translation>{kind}({status})</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/json_reader.py"/>
        <source>the number {value}</source>
        <translation>数値 {value}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/json_reader.py"/>
        <source>{value} (not a finite number)</source>
        <translation>{value}(有限の数値ではありません)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/json_reader.py"/>
        <source>the text {value}</source>
        <translation>テキスト {value}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/json_reader.py"/>
        <source>a list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/json_reader.py"/>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/json_reader.py"/>
        <source>expected an object, got {value}</source>
        <translation>オブジェクトが必要ですが、{value} です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/json_reader.py"/>
        <source>is missing</source>
        <translation>項目がありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/json_reader.py"/>
        <source>unknown field</source>
        <translation>不明な項目です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/json_reader.py"/>
        <source>expected a whole number, got {value}</source>
        <translation>整数が必要ですが、{value} です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/json_reader.py"/>
        <source>expected a list, got {value}</source>
        <translation>リストが必要ですが、{value} です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/json_reader.py"/>
        <source>{key} is not a valid id</source>
        <translation>{key} は有効な ID ではありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/json_reader.py"/>
        <source>expected text, got {value}</source>
        <translation>テキストが必要ですが、{value} です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/json_reader.py"/>
        <source>text is {n} characters long; the limit is {limit}</source>
        <translation>テキストが {n} 文字あります。上限は {limit} 文字です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/json_reader.py"/>
        <source>text holds an invalid character (an unpaired surrogate escape like \ud800), {char} at position {pos}</source>
        <translation>テキストに無効な文字が含まれています(\ud800 のような対になっていないサロゲートのエスケープ): {pos} 文字目の {char}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/json_reader.py"/>
        <source>{value} is not a valid {what}</source>
        <translation>{value} は有効な{what}ではありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/json_reader.py"/>
        <source>expected a number, got {value}</source>
        <translation>数値が必要ですが、{value} です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/json_reader.py"/>
        <source>number is too large (not finite)</source>
        <translation>数値が大きすぎます(有限ではありません)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/json_reader.py"/>
        <source>number is too large</source>
        <translation>数値が大きすぎます</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/json_reader.py"/>
        <source>{value} is not one of {allowed}</source>
        <translation>{value} は {allowed} のいずれでもありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/json_reader.py"/>
        <source>{value} is not a real date</source>
        <translation>{value} は実在する日付ではありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/json_reader.py"/>
        <source>expected a date like 2025-04-09, got {value}</source>
        <translation>2025-04-09 のような日付が必要ですが、{value} です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/json_reader.py"/>
        <source>holds {n} JSON objects and lists; scenario files are limited to {limit} (a 100,000-row trade-flow table has about 100,000): remove the repeated entries, or split the trade flows into another scenario</source>
        <translation>JSON のオブジェクトとリストが {n} 個あります。シナリオファイルの上限は {limit} 個です(10万行の貿易フロー表で約10万個)。繰り返された項目を削除するか、貿易フローを別のシナリオに分けてください</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/json_reader.py"/>
        <source>holds {n} JSON values; scenario files are limited to {limit} (a 100,000-row trade-flow table has about 600,000): remove the repeated entries, or split the trade flows into another scenario</source>
        <translation>JSON の値が {n} 個あります。シナリオファイルの上限は {limit} 個です(10万行の貿易フロー表で約60万個)。繰り返された項目を削除するか、貿易フローを別のシナリオに分けてください</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/limits.py"/>
        <source>split the table into smaller files (by year, partner or HS chapter) and import each</source>
        <translation>表を小さなファイルに分け (年、相手国、HS 類ごとなど)、それぞれ取り込んでください</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/limits.py"/>
        <source>open it in Excel or LibreOffice, save the sheet as CSV (File → Save As → CSV UTF-8) and import that</source>
        <translation>Excel か LibreOffice で開き、シートを CSV で保存して (ファイル → 名前を付けて保存 → CSV UTF-8) それを取り込んでください</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/limits.py"/>
        <source>the workbook holds {n} files; the limit is {limit}: is it a workbook at all?</source>
        <translation>ブックに {n} 個のファイルが含まれています。上限は {limit} です。本当にブックですか?</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/limits.py"/>
        <source>its part {part} unpacks to {size}, more than the {limit} limit; {hint}</source>
        <translation>パーツ {part} は展開すると {size} になり、上限の {limit} を超えます。{hint}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/limits.py"/>
        <source>its part {part} unpacks to {size} from {packed}, {ratio} times its packed size; more than {limit} times is refused as a zip bomb. If the file is genuine: {hint}</source>
        <translation>パーツ {part} は {packed} から {size} に展開され、圧縮時の {ratio} 倍になります。{limit} 倍を超えるものは zip 爆弾として拒否します。正規のファイルなら: {hint}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/limits.py"/>
        <source>it unpacks to {size} in all, more than the {limit} limit; {hint}</source>
        <translation>展開すると合計 {size} になり、上限の {limit} を超えます。{hint}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/origin.py"/>
        <source>content hash</source>
        <translation>内容ハッシュ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/scenario_file.py"/>
        <source>{source}: cannot be used (more than {n} problems)</source>
        <translation>{source}: 使用できません({n} 件を超える問題)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/scenario_file.py"/>
        <source>{source}: cannot be used ({n} problem)</source>
        <translation>{source}: 使用できません({n} 件の問題)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/scenario_file.py"/>
        <source>{source}: cannot be used ({n} problems)</source>
        <translation>{source}: 使用できません({n} 件の問題)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/scenario_file.py"/>
        <source>scenario files are limited to {limit} MB (100,000 trade-flow rows take about 6 MB); leave out trade-flow rows the analysis does not need</source>
        <translation>シナリオファイルの上限は {limit} MB です(貿易フロー10万行で約 6 MB)。分析に不要な貿易フローの行を除いてください</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/scenario_file.py"/>
        <source>file is {size} MB; {limit}</source>
        <translation>ファイルのサイズが {size} MB あります。{limit}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/scenario_file.py"/>
        <source>is a folder, not a scenario file</source>
        <translation>シナリオファイルではなくフォルダーです</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/scenario_file.py"/>
        <source>no such file</source>
        <translation>ファイルが見つかりません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/scenario_file.py"/>
        <source>cannot be read: {error}</source>
        <translation>読み込めません: {error}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/scenario_file.py"/>
        <source>file is larger than {size} MB; {limit}</source>
        <translation>ファイルのサイズが {size} MB を超えています。{limit}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/scenario_file.py"/>
        <source>is not a regular file (a pipe, device or socket), which could make reading it wait for ever; save the scenario to a file and give that</source>
        <translation>通常のファイルではありません(パイプ、デバイスまたはソケット)。読み込みが終わらないおそれがあります。シナリオをファイルに保存し、そのファイルを指定してください</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/scenario_file.py"/>
        <source>starts with a byte-order mark (BOM); save the file as UTF-8 without BOM</source>
        <translation>バイト順マーク(BOM)で始まっています。BOM なしの UTF-8 で保存してください</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/scenario_file.py"/>
        <source>is larger than {size} MB</source>
        <translation>{size} MB を超えています</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/scenario_file.py"/>
        <source>is not UTF-8 text: byte {byte} at offset {offset} (line {line})</source>
        <translation>UTF-8 のテキストではありません: オフセット {offset}({line} 行目)のバイト {byte}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/scenario_file.py"/>
        <source>is empty: a scenario file holds one JSON object</source>
        <translation>空です。シナリオファイルには JSON オブジェクトが 1 つ必要です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/scenario_file.py"/>
        <source>the key {key} appears {n} times in this object; JSON keeps only the last, so the file is ambiguous: keep one</source>
        <translation>このオブジェクトにはキー {key} が {n} 回現れます。JSON では最後のものだけが残るため、ファイルの内容があいまいです。1 つだけ残してください</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/scenario_file.py"/>
        <source>ends too early (truncated?)</source>
        <translation>途中で終わっています(途中で切れている可能性があります)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/scenario_file.py"/>
        <source>is not valid JSON: line {line}, column {column}: {what}</source>
        <translation>有効な JSON ではありません: {line} 行 {column} 列: {what}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/scenario_file.py"/>
        <source>is not a scenario: its JSON is nested too deeply</source>
        <translation>シナリオではありません: JSON の入れ子が深すぎます</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/scenario_file.py"/>
        <source>is not a scenario: a number is far too long ({error})</source>
        <translation>シナリオではありません: 数値が長すぎます({error})</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/scenario_file.py"/>
        <source>is not a scenario: expected a JSON object at the top</source>
        <translation>シナリオではありません: 最上位に JSON オブジェクトが必要です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/scenario_file.py"/>
        <source>is not a Negotiator scenario file (format is {found}, expected {format})</source>
        <translation>Negotiator のシナリオファイルではありません(format が {found} です。{format} が必要です)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/scenario_file.py"/>
        <source>is not a Negotiator scenario file (no &apos;format&apos;: {format})</source>
        <translation>Negotiator のシナリオファイルではありません(&apos;format&apos;: {format} がありません)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/scenario_file.py"/>
        <source>is missing (the file format version, a whole number)</source>
        <translation>項目がありません(ファイル形式のバージョンを表す整数)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/scenario_file.py"/>
        <source>version must be a whole number 1 or more, not {value}</source>
        <translation>バージョンは 1 以上の整数である必要がありますが、{value} です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/scenario_file.py"/>
        <source>was made by a newer version of Negotiator (file format version {version}; this version reads up to {newest}). Update Negotiator to open it.</source>
        <translation>新しいバージョンの Negotiator で作成されています(ファイル形式バージョン {version}。このバージョンが読み込めるのは {newest} までです)。開くには Negotiator を更新してください。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/scenario_file.py"/>
        <source>(version {version} file) {message}</source>
        <translation>(バージョン {version} のファイル){message}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/scenario_reader.py"/>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/scenario_reader.py"/>
        <source>party id</source>
        <translation>当事者 ID</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/scenario_reader.py"/>
        <source>is not a content language (expected one of {languages})</source>
        <translation>はコンテンツの言語ではありません（{languages} のいずれかを指定してください）</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/scenario_reader.py"/>
        <source>HS prefix (2–10 digits)</source>
        <translation>HS コードの先頭部分(2~10 桁)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/scenario_reader.py"/>
        <source>expected a range [low, high], got {value}</source>
        <translation>幅 [下限, 上限] が必要だが、{value}だった</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/scenario_reader.py"/>
        <source>expected the columns {columns}, got {value}</source>
        <translation>列 {columns} が必要ですが、{value} です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/scenario_reader.py"/>
        <source>expected a list of rows, got {value}</source>
        <translation>行のリストが必要ですが、{value} です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/scenario_reader.py"/>
        <source>{n} cells</source>
        <translation>{n} 個のセル</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/scenario_reader.py"/>
        <source>expected a row of {n} cells {columns}, got {value}</source>
        <translation>{n} 個のセル {columns} からなる行が必要ですが、{value} です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/scenario_reader.py"/>
        <source>{value} is not allowed; numbers must be finite</source>
        <translation>{value} は使用できません。数値は有限である必要があります</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/apply.py"/>
        <source>the scenario&apos;s trade flows are in {old} and the table in {new}: use --replace to replace the flow table, or --currency/--scale to state the table&apos;s unit</source>
        <translation>シナリオの貿易フローの単位は {old}、表の単位は {new} です。--replace で貿易フロー表を置き換えるか、--currency/--scale で表の単位を指定してください</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/apply.py"/>
        <source>the scenario&apos;s trade flows are for {old} and the table for {new}: use --replace to replace the flow table, or --year to pick the year</source>
        <translation>シナリオの貿易フローは {old} 年、表は {new} 年のものです。--replace で貿易フロー表を置き換えるか、--year で年を選んでください</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/cells.py"/>
        <source>{cell} is not a number</source>
        <translation>{cell} は数値ではありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/cells.py"/>
        <source>{cell}… is far too large</source>
        <translation>{cell}… は大きすぎます</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/cells.py"/>
        <source>{cell} is a date or time, not a number</source>
        <translation>{cell} は数値ではなく日付または時刻です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/cells.py"/>
        <source>{cell} is not a finite number</source>
        <translation>{cell} は有限の数値ではありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/cells.py"/>
        <source>{cell} is negative</source>
        <translation>{cell} は負の値です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/cells.py"/>
        <source>rate {rate} is {percent} %, above the {limit} % limit</source>
        <translation>税率 {rate} は {percent} % で、上限の {limit} % を超えています</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/cells.py"/>
        <source>rate {rate} is {percent} %, above the {limit} % limit; is the column in percent? (--rates percent)</source>
        <translation>税率 {rate} は {percent} % で、上限の {limit} % を超えています。列はパーセント表記ではありませんか?(--rates percent)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/cells.py"/>
        <source>{cell} is not a product code (did a spreadsheet turn it into a date?)</source>
        <translation>{cell} は品目コードではありません(表計算ソフトが日付に変換した可能性があります)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/cells.py"/>
        <source>{cell} is not a product code</source>
        <translation>{cell} は品目コードではありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/cells.py"/>
        <source>product {name}</source>
        <translation>品目 {name}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/cells.py"/>
        <source>{cell} is not an HS code (2–10 digits)</source>
        <translation>{cell} は HS コード(2~10 桁)ではありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/cells.py"/>
        <source>{cell} is not a year</source>
        <translation>{cell} は年ではありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/files.py"/>
        <source>byte-order mark</source>
        <translation>バイト順マーク</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/files.py"/>
        <source>byte-order mark; Excel &apos;Unicode text&apos;</source>
        <translation>バイト順マーク。Excel の「Unicode テキスト」</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/files.py"/>
        <source>detected</source>
        <translation>自動判別</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/files.py"/>
        <source>{path}: line {line} (byte {offset}): byte {byte} is not {encoding} text. Name the file&apos;s encoding with --encoding, e.g. --encoding cp932 (Japanese Shift_JIS) or --encoding cp1252 (Western Windows), or save it from Excel as &apos;CSV UTF-8&apos;.</source>
        <translation>{path}: {line} 行目({offset} バイト目): バイト {byte} は {encoding} のテキストではありません。--encoding でファイルのエンコーディングを指定するか(例: --encoding cp932(日本語 Shift_JIS)、--encoding cp1252(欧米の Windows))、Excel から「CSV UTF-8」形式で保存してください。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/files.py"/>
        <source>{path}: line {line}: cannot be read: {error}</source>
        <translation>{path}: {line} 行目: 読み込めません: {error}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/files.py"/>
        <source>name the file&apos;s character set, for example cp932 (Japanese Shift_JIS), cp1252 (Western Windows) or utf-8</source>
        <translation>ファイルの文字コードを指定してください。例: cp932 (日本語 Shift_JIS)、cp1252 (欧文 Windows)、utf-8</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/files.py"/>
        <source>unknown encoding {name} (--encoding); {hint}</source>
        <translation>不明なエンコーディング {name} です (--encoding)。{hint}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/files.py"/>
        <source>{name} is not a text encoding (--encoding): it does not turn bytes into text; {hint}</source>
        <translation>{name} はテキストのエンコーディングではありません (--encoding)。バイト列を文字列に変換しません。{hint}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/files.py"/>
        <source>given with --encoding</source>
        <translation>--encoding で指定</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/files.py"/>
        <source>{path}: cannot be decoded as {encoding}: {error}</source>
        <translation>{path}: {encoding} として復号できません: {error}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/files.py"/>
        <source>{path}: cannot be read as an Excel workbook ({error}); is it password-protected, or an older .xls renamed? Save it as .xlsx or CSV.</source>
        <translation>{path}: Excel ブックとして読み込めません({error})。パスワードで保護されているか、古い .xls の名前を変更したものではありませんか?.xlsx または CSV で保存してください。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/files.py"/>
        <source>{path}: no sheet named {sheet}; its sheets are {sheets}</source>
        <translation>{path}: {sheet} という名前のシートはありません。シートは {sheets} です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/files.py"/>
        <source>{path}: {suffix} workbooks cannot be read; open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx) or CSV</source>
        <translation>{path}: {suffix} のブックは読み込めません。Excel または LibreOffice で開き、Excel ブック(.xlsx)または CSV で保存してください</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/files.py"/>
        <source>{path}: cannot read {suffix} files; save the table as CSV (.csv, .tsv, .txt) or an Excel workbook (.xlsx)</source>
        <translation>{path}: {suffix} ファイルは読み込めません。表を CSV(.csv、.tsv、.txt)または Excel ブック(.xlsx)で保存してください</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/files.py"/>
        <source>{path}: cannot read extension-less files; save the table as CSV (.csv, .tsv, .txt) or an Excel workbook (.xlsx)</source>
        <translation>{path}: 拡張子のないファイルは読み込めません。表を CSV(.csv、.tsv、.txt)または Excel ブック(.xlsx)で保存してください</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/files.py"/>
        <source>{path}: is a folder, not a table</source>
        <translation>{path}: 表ではなくフォルダーです</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/files.py"/>
        <source>{path}: is empty</source>
        <translation>{path}: 空です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/finish.py"/>
        <source>imports are what tariffs apply to; --flow X or --flow both to change</source>
        <translation>関税がかかるのは輸入のため。変更するには --flow X または --flow both を指定</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/finish.py"/>
        <source>the table has only exports</source>
        <translation>表には輸出のみ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/finish.py"/>
        <source>given with --flow</source>
        <translation>--flow で指定</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/finish.py"/>
        <source>flow {} (not the flow imported; see --flow)</source>
        <translation>フロー {}(取り込み対象外。--flow を参照)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/finish.py"/>
        <source>imports and exports both kept: where both sides report the same flow (mirror statistics) it is counted twice</source>
        <translation>輸入と輸出の両方を保持: 双方が同じフローを報告している場合(ミラー統計)、二重に計上されます</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/finish.py"/>
        <source>{source}: the table holds several duty types: {types}; choose one with --duty-type</source>
        <translation>{source}: 表に複数の関税の種類があります: {types}。--duty-type で 1 つ選んでください</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/finish.py"/>
        <source>duty type {} (see --duty-type)</source>
        <translation>関税の種類 {}(--duty-type を参照)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/finish.py"/>
        <source>duty type: {type} rows only</source>
        <translation>関税の種類: {type} の行のみ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/finish.py"/>
        <source>{source}: the table holds several years: {years}; choose one with --year</source>
        <translation>{source}: 表に複数の年があります: {years}。--year で 1 つ選んでください</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/finish.py"/>
        <source>from the column {column}</source>
        <translation>列 {column} から</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/finish.py"/>
        <source>given with --year</source>
        <translation>--year で指定</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/finish.py"/>
        <source>year {} (not the year imported; see --year)</source>
        <translation>{} 年(取り込み対象外。--year を参照)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/finish.py"/>
        <source>the year column holds months: their values are added up</source>
        <translation>年の列に月が含まれるため、金額を合計しました</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/finish.py"/>
        <source>the year of the value column {column}</source>
        <translation>金額の列 {column} の年</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/finish.py"/>
        <source>the scenario&apos;s year: the table has no year column; --year to set it</source>
        <translation>シナリオの年: 表に年の列がありません。--year で指定できます</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/finish.py"/>
        <source>assumed: the table has no year column; --year to set it</source>
        <translation>推定: 表に年の列がありません。--year で指定できます</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/finish.py"/>
        <source>{source}: values too large once scaled and added up (x {scale})</source>
        <translation>{source}: 倍率を掛けて合計すると値が大きすぎます(× {scale})</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/finish.py"/>
        <source>quantity column {column} recognised but not imported (the flow table holds values)</source>
        <translation>数量の列 {column} を認識しましたが、取り込みません(貿易フロー表は金額を保持します)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/finish.py"/>
        <source>most rates are above 100 %: is the tariff column in percent? (--rates percent)</source>
        <translation>ほとんどの税率が 100 % を超えています。関税の列はパーセント表記ではありませんか?(--rates percent)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/header.py"/>
        <source>given with --map</source>
        <translation>--map で指定</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/header.py"/>
        <source>{layout} column name</source>
        <translation>{layout} の列名</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/header.py"/>
        <source>common column name</source>
        <translation>一般的な列名</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/header.py"/>
        <source>the column of the year given with --year</source>
        <translation>--year で指定した年の列</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/header.py"/>
        <source>the latest year column (--year to choose another)</source>
        <translation>最新の年の列(別の年は --year で指定)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/header.py"/>
        <source>recognised from {n} of its column names</source>
        <translation>{n} 個の列名から判別</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/header.py"/>
        <source>not a known layout; columns matched by common names</source>
        <translation>既知の形式ではありません。一般的な列名で列を対応付けました</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/header.py"/>
        <source>{path} (sheet {sheet}, and the other sheets)</source>
        <translation>{path}(シート {sheet} とその他のシート)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/header.py"/>
        <source>{path} (sheet {sheet})</source>
        <translation>{path}(シート {sheet})</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/header.py"/>
        <source>{where}: holds no data</source>
        <translation>{where}: データがありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/header.py"/>
        <source>{column} (for {field})</source>
        <translation>{column}({field} 用)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/header.py"/>
        <source>{where}: no column named {missing} in the first {n} rows; the columns it has are: {columns}</source>
        <translation>{where}: 先頭 {n} 行に {missing} という名前の列がありません。列は次のとおりです: {columns}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/header.py"/>
        <source>{where}: no header row found in the first {n} rows (no known column names). Name the columns with --map, e.g. --map product=&quot;HTS Number&quot; --map value=&quot;Customs Value&quot;. The widest row has: {columns}</source>
        <translation>{where}: 先頭 {n} 行に見出し行が見つかりません(既知の列名がありません)。--map で列を指定してください(例: --map product=&quot;HTS Number&quot; --map value=&quot;Customs Value&quot;)。最も列の多い行: {columns}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/layouts.py"/>
        <source>UN Comtrade reports US dollars</source>
        <translation>UN Comtrade は米ドル建て</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/layouts.py"/>
        <source>WITS reports US dollars</source>
        <translation>WITS は米ドル建て</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/layouts.py"/>
        <source>US trade statistics are in US dollars</source>
        <translation>米国の貿易統計は米ドル建て</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/limits.py"/>
        <source>line {line} is longer than {limit} characters; is it a table? If so, {hint}</source>
        <translation>{line} 行目が {limit} 文字を超えています。本当に表ですか? 表であれば、{hint}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/limits.py"/>
        <source>{path}: more than {limit} data rows; {hint}</source>
        <translation>{path}: データ行が {limit} 行を超えています。{hint}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/limits.py"/>
        <source>{path}: row {row} has {n} columns, more than the limit of {limit}; {hint}</source>
        <translation>{path}: {row} 行目の列数が {n} で、上限の {limit} を超えています。{hint}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/reading.py"/>
        <source>{path}: too large to read in the memory available</source>
        <translation>{path}: 大きすぎて、使用可能なメモリでは読み込めません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/reading.py"/>
        <source>given with --sheet</source>
        <translation>--sheet で指定</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/reading.py"/>
        <source>the active sheet</source>
        <translation>アクティブなシート</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/reading.py"/>
        <source>the first sheet with a header</source>
        <translation>見出しのある最初のシート</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/reading.py"/>
        <source>{path}: the workbook has no sheets</source>
        <translation>{path}: ブックにシートがありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/reading.py"/>
        <source>columns by name</source>
        <translation>列名で対応付け</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/reading.py"/>
        <source>semicolon-separated, as Excel writes where the comma is the decimal mark: a comma in a number is read as the decimal mark (1,5 = 1.5)</source>
        <translation>セミコロン区切り(カンマを小数点とする地域の Excel の書式)のため、数値中のカンマは小数点として読み込みます(1,5 = 1.5)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/reading.py"/>
        <source>{layout} tables are US exports</source>
        <translation>{layout} の表は米国の輸出</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/reading.py"/>
        <source>{layout} tables are US imports</source>
        <translation>{layout} の表は米国の輸入</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/reading.py"/>
        <source>given with --{option}</source>
        <translation>--{option} で指定</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/reading.py"/>
        <source>{path}: no data rows below the header (row {row})</source>
        <translation>{path}: 見出し({row} 行目)の下にデータ行がありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/report.py"/>
        <source>{n} row</source>
        <translation>{n} 行</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/report.py"/>
        <source>{n} rows</source>
        <translation>{n} 行</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/report.py"/>
        <source>{n} code</source>
        <translation>{n} 件のコード</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/report.py"/>
        <source>{n} codes</source>
        <translation>{n} 件のコード</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/report.py"/>
        <source>{n} flow</source>
        <translation>{n} 件のフロー</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/report.py"/>
        <source>{n} flows</source>
        <translation>{n} 件のフロー</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/report.py"/>
        <source>{n} more name</source>
        <translation>ほか {n} 件の名前</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/report.py"/>
        <source>{n} more names</source>
        <translation>ほか {n} 件の名前</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/report.py"/>
        <source>{n} more problem</source>
        <translation>ほか {n} 件の問題</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/report.py"/>
        <source>{n} more problems</source>
        <translation>ほか {n} 件の問題</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/report.py"/>
        <source>assumed; a cell ending in % is read as percent; --rates percent if the column is in percent</source>
        <translation>推定。% で終わるセルはパーセントとして読み込みます。列がパーセント表記の場合は --rates percent を指定してください</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/report.py"/>
        <source>comma-separated</source>
        <translation>カンマ区切り</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/report.py"/>
        <source>semicolon-separated</source>
        <translation>セミコロン区切り</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/report.py"/>
        <source>tab-separated</source>
        <translation>タブ区切り</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/report.py"/>
        <source>bar-separated</source>
        <translation>縦棒区切り</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/report.py"/>
        <source>row {row}, column {column}: {message}</source>
        <translation>{row} 行目、列 {column}: {message}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/report.py"/>
        <source>Import of {source}, sheet {sheet}</source>
        <translation>{source} のシート {sheet} の取り込み</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/report.py"/>
        <source>Import of {source}</source>
        <translation>{source} の取り込み</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/report.py"/>
        <source>layout: {layout} ({why})</source>
        <translation>形式: {layout}({why})</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/report.py"/>
        <source>{delimiter}-separated</source>
        <translation>{delimiter} 区切り</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/report.py"/>
        <source>read as: CSV, {encoding} ({why}), {separated}; header on row {row}</source>
        <translation>読み込み方法: CSV、{encoding}({why})、{separated}。見出しは {row} 行目</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/report.py"/>
        <source>read as: Excel workbook, sheet {sheet} ({why}); header on row {row}</source>
        <translation>読み込み方法: Excel ブック、シート {sheet}({why})。見出しは {row} 行目</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/report.py"/>
        <source>read as: Excel workbook, sheet {sheet}; header on row {row}</source>
        <translation>読み込み方法: Excel ブック、シート {sheet}。見出しは {row} 行目</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/report.py"/>
        <source>columns:</source>
        <translation>列:</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/report.py"/>
        <source>{party} for every row ({why})</source>
        <translation>全行で {party}({why})</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/report.py"/>
        <source>no tariff column: new flows get rate 0; when merging, existing flows keep their rate</source>
        <translation>関税の列がありません。新しいフローの税率は 0 とし、統合時は既存のフローの税率を維持します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/report.py"/>
        <source>flow: {flow} ({why})</source>
        <translation>フロー: {flow}({why})</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/report.py"/>
        <source>x {scale} ({why})</source>
        <translation>× {scale}({why})</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/report.py"/>
        <source>as written</source>
        <translation>記載どおり</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/report.py"/>
        <source>values: {scale}, in {currency} ({why})</source>
        <translation>金額: {scale}、単位 {currency}({why})</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/report.py"/>
        <source>rates: {rates}</source>
        <translation>税率: {rates}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/report.py"/>
        <source>year: {year} ({why})</source>
        <translation>年: {year}({why})</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/report.py"/>
        <source>rows: {rows} below the header</source>
        <translation>行: 見出しの下に {rows}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/report.py"/>
        <source>{n} accepted</source>
        <translation>{n} 行を受け入れ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/report.py"/>
        <source>{n} rejected (listed below): NOT imported</source>
        <translation>{n} 行を拒否(下記参照): 取り込みません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/report.py"/>
        <source>{n} with a party not in the scenario: NOT imported</source>
        <translation>{n} 行はシナリオにない当事者を含む: 取り込みません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/report.py"/>
        <source>{n} blank, ignored</source>
        <translation>{n} 行は空白のため無視</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/report.py"/>
        <source>{n} skipped: {why}</source>
        <translation>{n} 行をスキップ: {why}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/report.py"/>
        <source>merged: {rows} repeated the importer, exporter and product of an earlier row: values added up, rates averaged weighted by value</source>
        <translation>統合: {rows}は前の行と輸入国・輸出国・品目が同じため、金額を合計し、税率を金額で加重平均しました</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/report.py"/>
        <source>product codes: {codes} had lost a leading zero (e.g. {example}); restored, as HS codes have an even number of digits</source>
        <translation>品目コード: {codes}で先頭のゼロが失われていたため(例: {example})、HS コードは偶数桁であることから復元しました</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/report.py"/>
        <source>result: {flows} in {currency}, {year}</source>
        <translation>結果: {flows}({currency}、{year} 年)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/report.py"/>
        <source>totals by importer &lt;- exporter:</source>
        <translation>輸入国 &lt;- 輸出国 別の合計:</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/report.py"/>
        <source>{importer} &lt;- {exporter}: {total} {currency} in {flows}</source>
        <translation>{importer} &lt;- {exporter}: {total} {currency}({flows})</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/report.py"/>
        <source>names mapped to the --others party:</source>
        <translation>--others の当事者に対応付けた名前:</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/report.py"/>
        <source>parties not in the scenario (NOT imported; map them with --party NAME=ID, or --others ID):</source>
        <translation>シナリオにない当事者(取り込みません。--party 名前=ID または --others ID で対応付けてください):</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/report.py"/>
        <source>{name} (column {column}): {rows}</source>
        <translation>{name}(列 {column}): {rows}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/report.py"/>
        <source>... and {names} ({rows})</source>
        <translation>... {names}({rows})</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/report.py"/>
        <source>rejected rows ({n}; NOT imported):</source>
        <translation>拒否した行({n} 行。取り込みません):</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/report.py"/>
        <source>... and {problems} not listed</source>
        <translation>... {problems}は表示していません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/report.py"/>
        <source>Accepting imports only the {accepted} accepted rows; the {left_out} rejected or unmatched rows are left out.</source>
        <translation>受け入れると、受け入れた {accepted} 行のみを取り込みます。拒否または対応付けできなかった {left_out} 行は除外されます。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/report.py"/>
        <source>imports (M) only</source>
        <translation>輸入(M)のみ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/report.py"/>
        <source>exports (X) only</source>
        <translation>輸出(X)のみ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/report.py"/>
        <source>imports and exports</source>
        <translation>輸入と輸出</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/report.py"/>
        <source>none in the table</source>
        <translation>表にはありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/report.py"/>
        <source>duties / value ({why})</source>
        <translation>関税額 / 金額({why})</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/report.py"/>
        <source>read as percent (5 = 5 %) ({why})</source>
        <translation>パーセントとして読み込み(5 = 5 %)({why})</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/report.py"/>
        <source>read as fractions (0.05 = 5 %) ({why})</source>
        <translation>小数として読み込み(0.05 = 5 %)({why})</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/rows.py"/>
        <source>flow {flow} (only imports and exports are read)</source>
        <translation>フロー {flow}(輸入と輸出のみ読み込みます)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/rows.py"/>
        <source>{what} is a total, not a product line</source>
        <translation>{what} は品目の行ではなく合計です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/rows.py"/>
        <source>{name} in {column} is a total, not one economy</source>
        <translation>{column} の {name} は単一の経済圏ではなく合計です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/units.py"/>
        <source>the column name {column} says so</source>
        <translation>列名 {column} による</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/units.py"/>
        <source>given with --scale</source>
        <translation>--scale で指定</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/units.py"/>
        <source>the title above the header says so</source>
        <translation>見出しの上のタイトルによる</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/units.py"/>
        <source>{layout} reports trade values in thousands</source>
        <translation>{layout} の貿易額は千単位</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/units.py"/>
        <source>given with --currency</source>
        <translation>--currency で指定</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/units.py"/>
        <source>assumed: the table does not say; --currency to set it</source>
        <translation>推定: 表に記載がありません。--currency で指定できます</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/units.py"/>
        <source>given with --rates</source>
        <translation>--rates で指定</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/tables/units.py"/>
        <source>{layout} gives tariffs in percent</source>
        <translation>{layout} の関税はパーセント表記</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/xlsx.py"/>
        <source>open the workbook in Excel or LibreOffice and save it again</source>
        <translation>ブックを Excel か LibreOffice で開き、保存し直してください</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/xlsx.py"/>
        <source>its part {part} is missing; {hint}</source>
        <translation>パーツ {part} がありません。{hint}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/xlsx.py"/>
        <source>its part {part} unpacks to more than {limit}; {hint}</source>
        <translation>パーツ {part} は展開すると {limit} を超えます。{hint}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/xlsx.py"/>
        <source>it is empty</source>
        <translation>空です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/xlsx.py"/>
        <source>not an Excel workbook: it has no workbook part ({part}). Is it a Word or PowerPoint file, or an .xlsb? Save it as .xlsx or CSV.</source>
        <translation>Excel ブックではありません: ブックのパーツ ({part}) がありません。Word や PowerPoint のファイル、または .xlsb ではありませんか? .xlsx か CSV で保存してください。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/xlsx.py"/>
        <source>it is not a workbook part</source>
        <translation>ブックのパーツではありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/xlsx.py"/>
        <source>its part {part} holds more than {limit} distinct texts; {hint}</source>
        <translation>パーツ {part} の異なる文字列が {limit} 個を超えています。{hint}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/xlsx.py"/>
        <source>shared text {n}</source>
        <translation>共有文字列 {n}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/xlsx.py"/>
        <source>the sheet {sheet} has no part in the workbook; {hint}</source>
        <translation>シート {sheet} のパーツがブックにありません。{hint}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/xlsx.py"/>
        <source>a number format has no valid id</source>
        <translation>表示形式に有効な ID がありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/xlsx.py"/>
        <source>a cell format has no valid number format</source>
        <translation>セルの書式に有効な表示形式がありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/xlsx.py"/>
        <source>its part {part} is damaged ({why}); {hint}</source>
        <translation>パーツ {part} が壊れています ({why})。{hint}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/xlsx.py"/>
        <source>its part {part} is encrypted; save the workbook without a password</source>
        <translation>パーツ {part} は暗号化されています。パスワードなしでブックを保存してください</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/xlsx.py"/>
        <source>its part {part} nests XML elements more than {limit} deep, which no spreadsheet writes; {hint}</source>
        <translation>パーツ {part} は XML 要素の入れ子が {limit} 段を超えています。表計算ソフトがこのように書くことはありません。{hint}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/xlsx.py"/>
        <source>{where} holds {n} characters of text, more than the {limit} a cell can hold in Excel; {hint}</source>
        <translation>{where}の文字列は {n} 文字で、Excel のセルに入る {limit} 文字を超えています。{hint}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/xlsx.py"/>
        <source>its part {part} is damaged (row {row} comes after row {last}); {hint}</source>
        <translation>パーツ {part} が壊れています ({row} 行目が {last} 行目の後にあります)。{hint}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/xlsx.py"/>
        <source>the sheet has a row {row}, beyond the limit of {limit} rows (Excel&apos;s own); {hint}</source>
        <translation>シートに {row} 行目があり、上限の {limit} 行 (Excel 自体の上限) を超えています。{hint}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/xlsx.py"/>
        <source>it has a cell in column {column}, beyond the limit of {limit} columns (Excel&apos;s own); {hint}</source>
        <translation>{column} 列にセルがあり、上限の {limit} 列 (Excel 自体の上限) を超えています。{hint}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/xlsx.py"/>
        <source>the sheet has more than {limit} cells; {hint}</source>
        <translation>シートのセルが {limit} 個を超えています。{hint}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/xlsx.py"/>
        <source>a row of the sheet is more than {limit} of XML; {hint}</source>
        <translation>シートの 1 行の XML が {limit} を超えています。{hint}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/xlsx.py"/>
        <source>it ends inside the rows: is it cut short?</source>
        <translation>行の途中で終わっています。途中で切れていませんか?</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/xlsx.py"/>
        <source>a cell of the sheet</source>
        <translation>シートのセル</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/xlsx.py"/>
        <source>{error}, near row {row}</source>
        <translation>{error}、{row} 行目付近</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/xlsx.py"/>
        <source>a row number is {value}</source>
        <translation>行番号が {value} です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/xlsx.py"/>
        <source>a cell is at {ref}</source>
        <translation>セルの位置が {ref} です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/xlsx.py"/>
        <source>cell {cell} refers to shared text {n} of {count}</source>
        <translation>セル {cell} は {count} 個中 {n} 番目の共有文字列を参照しています</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/xlsx.py"/>
        <source>cell {cell} has type {type}</source>
        <translation>セル {cell} の型が {type} です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/xlsx.py"/>
        <source>cell {cell} holds {value}, which is not a value of its type {type}</source>
        <translation>セル {cell} の値 {value} は型 {type} の値ではありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/io/xlsx.py"/>
        <source>cell {cell}</source>
        <translation>セル {cell}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <location filename="../../src/negotiator_gui/ui/brief/pdf.py"/>
        <source>Party</source>
        <translation>当事者</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>Preferences</source>
        <translation>選好</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>Stacking rule</source>
        <translation>積み上げ規則</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>Elasticity</source>
        <translation>弾力性</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>Offer</source>
        <translation>提案</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>Trade-flow table</source>
        <translation>貿易フロー表</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>Trade flow</source>
        <translation>貿易フロー</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>{n} added</source>
        <translation>追加 {n} 件</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>{n} removed</source>
        <translation>削除 {n} 件</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>{n} changed</source>
        <translation>変更 {n} 件</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>{n} moved</source>
        <translation>移動 {n} 件</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>{name} added</source>
        <translation>{name}を追加</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>{name} removed</source>
        <translation>{name}を削除</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>{name} changed</source>
        <translation>{name}を変更</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>{name} moved</source>
        <translation>{name}を移動</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>all-in of</source>
        <translation>合算対象</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>author</source>
        <translation>作成者</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>basis</source>
        <translation>数値の確度</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>batna</source>
        <translation>BATNA</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>cards</source>
        <translation>カード</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>commitments</source>
        <translation>コミットメント</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>created</source>
        <translation>作成日</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>effective</source>
        <translation>発効</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>effects</source>
        <translation>効果</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>elasticities</source>
        <translation>弾力性</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>end</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>exclude</source>
        <translation>除外</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>excludes</source>
        <translation>除外</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>exporter</source>
        <translation>輸出国</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>importer</source>
        <translation>輸入国</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>imposing</source>
        <translation>賦課国</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>in-quota rate</source>
        <translation>枠内税率</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>include</source>
        <translation>対象</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>issues</source>
        <translation>論点</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>measures</source>
        <translation>措置</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>MFN rate</source>
        <translation>MFN税率</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>text in other languages</source>
        <translation>他の言語のテキスト</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>new measure</source>
        <translation>新しい措置</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>offers</source>
        <translation>提案</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>op</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>options</source>
        <translation>選択肢</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>order</source>
        <translation>順序</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>packages</source>
        <translation>パッケージ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>parties</source>
        <translation>当事者</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>preferences</source>
        <translation>選好</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>provenance</source>
        <translation>出典情報</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>reservation</source>
        <translation>留保</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>retroactive from</source>
        <translation>遡及開始日</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>rows</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>scores</source>
        <translation>スコア</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>sources</source>
        <translation>出典</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>stacking rules</source>
        <translation>積み上げ規則</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>trade flows</source>
        <translation>貿易フロー</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>US$ per year</source>
        <translation>年間米ドル</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>volume</source>
        <translation>取引量</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>weight</source>
        <translation>ウェイト</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>when</source>
        <translation>時期</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>year</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>{record} {field}</source>
        <translation>{record}の{field}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <location filename="../../src/negotiator_gui/store/merge.py"/>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>(empty)</source>
        <translation>(空)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>{field} {value}</source>
        <translation>{field} {value}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>{name}: {note}</source>
        <translation>{name}: {note}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>{name} changed from {before} to {after}</source>
        <translation>{name}を {before} から {after} に変更</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>{item} {number}</source>
        <translation>{item} {number}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>{kind} {importer} ← {exporter} {product}</source>
        <translation>{kind} {importer} ← {exporter} {product}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>{kind} “{label}” ({id}) of issue {issue}</source>
        <translation>論点 {issue} の{kind}「{label}」({id})</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>{kind} of issue {issue}</source>
        <translation>論点 {issue} の{kind}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>{kind} of {party}</source>
        <translation>{party} の{kind}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>{kind} “{label}” ({id})</source>
        <translation>{kind}「{label}」({id})</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>{kind} {id}</source>
        <translation>{kind} {id}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>{name}: {details}</source>
        <translation>{name}: {details}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <location filename="../../src/negotiator_gui/ui/io/merge.py"/>
        <source>no changes</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>… and {n} more trade-flow rows changed</source>
        <translation>… ほかに貿易フローの {n} 行を変更</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>added {what}</source>
        <translation>{what} を追加</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>removed {what}</source>
        <translation>{what} を削除</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>{name} of {key}</source>
        <translation>{key} の{name}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>removed (was {what})</source>
        <translation>削除(元は {what})</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>order changed from {before} to {after}</source>
        <translation>順序を {before} から {after} に変更</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>moved from position {before} to {after}</source>
        <translation>位置を {before} から {after} に移動</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <location filename="../../src/negotiator_gui/store/merge.py"/>
        <source>removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>issue {id}</source>
        <translation>論点 {id}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>weight of {issue}</source>
        <translation>{issue} のウェイト</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>score of {issue}/{option}</source>
        <translation>{issue}/{option} のスコア</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>weight range of {issue}</source>
        <translation>{issue}のウェイトの幅</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>score range of {issue}/{option}</source>
        <translation>{issue}/{option}のスコアの幅</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>rationale of {issue}</source>
        <translation>{issue} の根拠</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/diff.py"/>
        <source>put in a different order</source>
        <translation>並び順を変更</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/errors.py"/>
        <source>The most recent automatic backup is {backup}; restore it with `negotiator db restore --backup {backup}`.</source>
        <translation>最新の自動バックアップは {backup} です。`negotiator db restore --backup {backup}` で復元できます。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/errors.py"/>
        <source>The disk holding {path} is full (or the library reached its size limit); nothing was changed. Free some space on that disk and try again, or save your scenario to a file on another disk.</source>
        <translation>{path} のあるディスクが満杯です(またはライブラリがサイズの上限に達しました)。何も変更されていません。ディスクの空きを作ってやり直すか、シナリオを別のディスクにファイルとして保存してください。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/errors.py"/>
        <location filename="../../src/negotiator_gui/store/library.py"/>
        <source>{problems}; and {more} more</source>
        <translation>{problems}、ほか {more} 件</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/errors.py"/>
        <source>Then restore the most recent automatic backup with `negotiator db restore --backup {backup}`, or move the damaged file away to start a new library there.</source>
        <translation>その後、`negotiator db restore --backup {backup}` で最新の自動バックアップを復元するか、破損したファイルを移動して新しいライブラリを始めてください。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/errors.py"/>
        <source>Then restore a copy of the library from your own backups, or move the damaged file away to start a new library there.</source>
        <translation>その後、お手元のバックアップからライブラリを復元するか、破損したファイルを移動して新しいライブラリを始めてください。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/errors.py"/>
        <source>The library file {path} is damaged ({problems}). Nothing is saved in it, since writing could spread the damage; it was left as it was. Save what still reads to files first: open it from the library and save it as a file, or use `negotiator db export SCENARIO[@N] FILE` (`negotiator db list` names the scenarios, `negotiator db check` lists the damage).</source>
        <translation>ライブラリファイル {path} が破損しています({problems})。書き込むと破損が広がるおそれがあるため、何も保存せず、そのままにしてあります。まず読めるものをファイルに保存してください。ライブラリから開いてファイルとして保存するか、`negotiator db export SCENARIO[@N] FILE` を使います(`negotiator db list` でシナリオ名、`negotiator db check` で破損箇所を確認できます)。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/errors.py"/>
        <source>a text in column {column} is not UTF-8 any more</source>
        <translation>列 {column} のテキストが UTF-8 ではなくなっています</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/errors.py"/>
        <source>`negotiator db check` lists the damage; revisions that still read can be saved to files with `negotiator db export`.</source>
        <translation>`negotiator db check` で損傷箇所を確認できます。読み込める版は `negotiator db export` でファイルに保存できます。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/errors.py"/>
        <source>{path}: the library file is damaged ({error}). It was left untouched. Open another library with --db (scenario files elsewhere are not affected).</source>
        <translation>{path}: ライブラリのファイルが損傷しています({error})。ファイルには手を加えていません。--db で別のライブラリを開いてください(他の場所にあるシナリオファイルには影響しません)。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/errors.py"/>
        <source>{path}: the library cannot be written ({error}). Save your scenario to a file instead, or open a library in a writable place with --db.</source>
        <translation>{path}: ライブラリに書き込めません({error})。シナリオをファイルに保存するか、--db で書き込み可能な場所のライブラリを開いてください。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/errors.py"/>
        <source>{path}: another copy of Negotiator is busy with the library; nothing was changed. Try again in a moment.</source>
        <translation>{path}: 別の Negotiator がライブラリを使用中です。何も変更されていません。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/errors.py"/>
        <source>{path}: the library cannot be opened ({error}). Check that the folder exists and that you may use it, or choose another place with --db or NEGOTIATOR_DB.</source>
        <translation>{path}: ライブラリを開けません({error})。フォルダーが存在し、使用する権限があることを確認するか、--db または NEGOTIATOR_DB で別の場所を指定してください。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/errors.py"/>
        <source>{path}: the disk reported an error ({error}); nothing was changed. Check the disk or the network drive, then try again.</source>
        <translation>{path}: ディスクがエラーを報告しました({error})。何も変更されていません。ディスクまたはネットワークドライブを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/library.py"/>
        <source>{path}: the library cannot be written ({reason}), so nothing can be saved in it. Export your scenario to a file, or open a writable library with --db.</source>
        <translation>{path}: ライブラリに書き込めないため({reason})、保存できません。シナリオをファイルに書き出すか、--db で書き込み可能なライブラリを開いてください。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/library.py"/>
        <source>The {what} {value} holds bytes that are not UTF-8 text (check the encoding of your terminal or script).</source>
        <translation>{what} {value} に UTF-8 テキストでないバイトが含まれています(端末またはスクリプトの文字コードを確認してください)。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/library.py"/>
        <source>search text</source>
        <translation>検索文字列</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/library.py"/>
        <source>There is no scenario {id} in the library.</source>
        <translation>ライブラリにシナリオ {id} はありません。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/library.py"/>
        <source>There is no scenario named {name} in the library ({path}); `negotiator db list` shows them.</source>
        <translation>ライブラリ({path})に {name} という名前のシナリオはありません。`negotiator db list` で一覧を確認できます。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/library.py"/>
        <source>Merge of a file</source>
        <translation>ファイルのマージ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/library.py"/>
        <source>Merge of revision {number} ({author}) into revision {into}</source>
        <translation>リビジョン {number}（{author}）をリビジョン {into} にマージ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/library.py"/>
        <source>Merge of revision {number} of {name} ({author}) into revision {into}</source>
        <translation>{name} のリビジョン {number}（{author}）をリビジョン {into} にマージ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/library.py"/>
        <source>There is no revision {id} in the library.</source>
        <translation>ライブラリに版 {id} はありません。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/library.py"/>
        <source>Scenario {name} has no revision {number} (it has 1 to {last}).</source>
        <translation>シナリオ {name} に版 {number} はありません(版は 1~{last} です)。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/library.py"/>
        <source>{path}: revision {id} is damaged (its document no longer matches its hash). Open another revision, or restore a backup.</source>
        <translation>{path}: 版 {id} が損傷しています(文書がハッシュと一致しません)。別の版を開くか、バックアップを復元してください。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/library.py"/>
        <source>{path} revision {id}</source>
        <translation>{path} の版 {id}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/library.py"/>
        <source>The scenario has problems and was not saved: {problems}</source>
        <translation>シナリオに問題があるため保存されませんでした: {problems}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/library.py"/>
        <source>scenario name</source>
        <translation>シナリオ名</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/library.py"/>
        <source>message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/library.py"/>
        <source>There is already a scenario named {name} in the library; choose another name.</source>
        <translation>ライブラリには既に {name} という名前のシナリオがあります。別の名前を指定してください。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/library.py"/>
        <source>Revision {latest} of this scenario was saved by {author} at {when} after you started from revision {base}. Save yours as a new branch, or overwrite (theirs stays in the history).</source>
        <translation>このシナリオは、あなたが版 {base} から作業を始めた後、{when} に {author} によって版 {latest} が保存されています。あなたの変更を新しいブランチとして保存するか、上書きしてください(相手の版は履歴に残ります)。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/library.py"/>
        <source>Scenario {id} is in the trash; restore it first.</source>
        <translation>シナリオ {id} はごみ箱にあります。先に元に戻してください。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/library.py"/>
        <source>{name} (branch)</source>
        <translation>{name}(ブランチ)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/library.py"/>
        <source>{name} (copy)</source>
        <translation>{name}(コピー)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/library.py"/>
        <source>Copy of {name} revision {number}</source>
        <translation>{name} の版 {number} のコピー</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/library.py"/>
        <source>Restored revision {number}</source>
        <translation>版 {number} を復元</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/library.py"/>
        <source>A scenario needs a name.</source>
        <translation>シナリオには名前が必要です。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/library.py"/>
        <source>There is already a scenario named {name} in the library.</source>
        <translation>ライブラリには既に {name} という名前のシナリオがあります。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/library.py"/>
        <source>Imported from {file} (migrated from file format version {version})</source>
        <translation>{file} から取り込み(ファイル形式バージョン {version} から移行)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/library.py"/>
        <source>Imported from {file}</source>
        <translation>{file} から取り込み</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/library.py"/>
        <source>There is no scenario or revision {id} in the library.</source>
        <translation>ライブラリにシナリオまたはリビジョン {id} はありません。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/lock.py"/>
        <source>{path}: another copy of Negotiator has this library open for writing (its lock record {record} cannot be read). You can open it read-only. If nobody is using it, delete {record} and open it again.</source>
        <translation>{path}：別の Negotiator がこのライブラリを書き込み用に開いています（ロック記録 {record} を読み取れません）。読み取り専用で開くことはできます。誰も使っていない場合は、{record} を削除してから開き直してください。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/lock.py"/>
        <source>{path}: {user} on computer {host} has had this library open for writing since {since} (UTC). It is on a shared drive, where only one computer may write at a time. You can open it read-only. If {user} is no longer using it (Negotiator crashed on that computer), delete {record} and open it again.</source>
        <translation>{path}：コンピュータ {host} の {user} さんが、{since}（UTC）からこのライブラリを書き込み用に開いています。ライブラリは共有ドライブ上にあり、書き込めるのは一度に 1 台のコンピュータだけです。読み取り専用で開くことはできます。{user} さんがもう使っていない場合（そのコンピュータで Negotiator が異常終了した場合）は、{record} を削除してから開き直してください。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/merge.py"/>
        <source>Weight and scores</source>
        <translation>ウェイトとスコア</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/merge.py"/>
        <source>{what}: mine {mine}, theirs {theirs} (was {base})</source>
        <translation>{what}：自分 {mine}、同僚 {theirs}（元は {base}）</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/merge.py"/>
        <source>(not there)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/merge.py"/>
        <source>{kind} of {party} for issue {issue}</source>
        <translation>{party} の論点 {issue} の{kind}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/merge.py"/>
        <source>Order of the options of issue {issue}</source>
        <translation>論点 {issue} の選択肢の並び順</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/merge.py"/>
        <source>Order of the issues in the preferences of {party}</source>
        <translation>{party} の選好における論点の並び順</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/merge.py"/>
        <source>Order of the list: {kind}</source>
        <translation>並び順：{kind}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/merge.py"/>
        <source>{name}: you removed it, your colleague changed it</source>
        <translation>{name}：自分は削除し、同僚は変更しました</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/merge.py"/>
        <source>{name}: your colleague removed it, you changed it</source>
        <translation>{name}：同僚は削除し、自分は変更しました</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/merge.py"/>
        <source>{name}: {field}</source>
        <translation>{name}：{field}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/merge.py"/>
        <source>kept</source>
        <translation>残す</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/merge.py"/>
        <source>conflict {n} has no choice</source>
        <translation>競合 {n} の選択がありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/opening.py"/>
        <source>{path}: cannot be read ({error}).</source>
        <translation>{path}: 読み込めません({error})。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/opening.py"/>
        <source>If it was your library, it is damaged: restore a backup with `negotiator db restore --backup {backup}`.</source>
        <translation>お使いのライブラリだった場合は損傷しています。`negotiator db restore --backup {backup}` でバックアップを復元してください。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/opening.py"/>
        <source>{path}: is not a Negotiator library (it is not an SQLite database file). Choose another file with --db or NEGOTIATOR_DB, or move this one away.</source>
        <translation>{path}: Negotiator のライブラリではありません(SQLite データベースのファイルではありません)。--db または NEGOTIATOR_DB で別のファイルを指定するか、このファイルを別の場所に移動してください。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/opening.py"/>
        <source>{path}: is an SQLite database made by another program, not a Negotiator library; it was not changed. Choose another file with --db or NEGOTIATOR_DB.</source>
        <translation>{path}: 別のプログラムが作成した SQLite データベースで、Negotiator のライブラリではありません。変更はしていません。--db または NEGOTIATOR_DB で別のファイルを指定してください。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/opening.py"/>
        <source>{path}: is a folder, not a library file. Choose a file with --db.</source>
        <translation>{path}: ライブラリのファイルではなくフォルダーです。--db でファイルを指定してください。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/opening.py"/>
        <source>A backup was taken first: {backup}.</source>
        <translation>事前にバックアップを作成しました: {backup}。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/opening.py"/>
        <source>{path}: upgrading the library from schema version {version} failed ({error}); it was left as it was.</source>
        <translation>{path}: スキーマバージョン {version} からのライブラリの更新に失敗しました({error})。ライブラリは元のままです。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/opening.py"/>
        <source>{path}: the library cannot be opened ({error}).</source>
        <translation>{path}: ライブラリを開けません({error})。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/opening.py"/>
        <source>opened read-only</source>
        <translation>読み取り専用で開かれている</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/opening.py"/>
        <source>its location cannot be written</source>
        <translation>保存場所に書き込めない</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/opening.py"/>
        <source>its file is damaged</source>
        <translation>ファイルが破損しています</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/opening.py"/>
        <source>{path}: there is no library here, and none can be created ({reason}). Choose another place with --db or NEGOTIATOR_DB.</source>
        <translation>{path}: ここにはライブラリがなく、作成もできません({reason})。--db または NEGOTIATOR_DB で別の場所を指定してください。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/opening.py"/>
        <source>{path}: there is no library here.</source>
        <translation>{path}: ここにはライブラリがありません。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/opening.py"/>
        <source>{path}: the folder cannot be created ({error}). Choose another place with --db or NEGOTIATOR_DB.</source>
        <translation>{path}: フォルダーを作成できません({error})。--db または NEGOTIATOR_DB で別の場所を指定してください。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/opening.py"/>
        <source>{path}: was upgraded by a newer version of Negotiator (it has schema changes {changes} that this version, which knows up to schema version {newest}, does not). Update Negotiator to use it, choose another library with --db or restore the backup taken before it was upgraded (`negotiator db restore --backup {backup}`; later work is not in it).</source>
        <translation>{path}: 新しいバージョンの Negotiator で更新されています(スキーマバージョン {newest} までに対応するこのバージョンにはないスキーマ変更 {changes} があります)。使用するには Negotiator を更新するか、--db で別のライブラリを指定するか、更新前に作成されたバックアップを復元してください(`negotiator db restore --backup {backup}`。その後の作業は含まれません)。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/opening.py"/>
        <source>{path}: was upgraded by a newer version of Negotiator (it has schema changes {changes} that this version, which knows up to schema version {newest}, does not). Update Negotiator to use it, choose another library with --db.</source>
        <translation>{path}: 新しいバージョンの Negotiator で更新されています(スキーマバージョン {newest} までに対応するこのバージョンにはないスキーマ変更 {changes} があります)。使用するには Negotiator を更新するか、--db で別のライブラリを指定してください。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/opening.py"/>
        <source>{path}: needs upgrading from schema version {version}, but it cannot be written ({reason}). Copy it to a writable place and open the copy with --db.</source>
        <translation>{path}: スキーマバージョン {version} からの更新が必要ですが、書き込めません({reason})。書き込み可能な場所にコピーし、--db でそのコピーを開いてください。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/opening.py"/>
        <source>{path}: no such backup file.</source>
        <translation>{path}: バックアップファイルが見つかりません。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/opening.py"/>
        <source>{path}: the backup cannot be restored there ({error}); the library was left as it was.</source>
        <translation>{path}: そこにバックアップを復元できません({error})。ライブラリはそのままです。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/opening.py"/>
        <source>{path}: was made by a newer version of Negotiator.</source>
        <translation>{path}: 新しいバージョンの Negotiator で作成されています。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/opening.py"/>
        <source>{path}: the backup is damaged too ({error}).</source>
        <translation>{path}: バックアップも損傷しています({error})。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/opening.py"/>
        <source>{path}: is not a Negotiator library backup.</source>
        <translation>{path}: Negotiator のライブラリのバックアップではありません。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/opening.py"/>
        <source>Restoring a backup would put it aside: give the library&apos;s own path with --db, or move this file away first.</source>
        <translation>バックアップを復元するとこのファイルが脇に移されます。--db でライブラリ自身のパスを指定するか、先にこのファイルを移動してください。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/store/recovery.py"/>
        <source>recovered work #{id}</source>
        <translation>復元した作業 #{id}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/models.py"/>
        <source>frontier</source>
        <translation>フロンティア</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/models.py"/>
        <source>max-min</source>
        <translation>マックスミン解</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/models.py"/>
        <source>utilitarian</source>
        <translation>功利主義解</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/models.py"/>
        <source>status quo package</source>
        <translation>現状維持パッケージ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/models.py"/>
        <source>walk-away package (BATNA)</source>
        <translation>留保パッケージ(BATNA)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/models.py"/>
        <source>stored</source>
        <translation>保存済み</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/models.py"/>
        <source>chosen</source>
        <translation>選択済み</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/models.py"/>
        <source>The candidate package; hover for its options</source>
        <translation>候補のパッケージです。ポインターを合わせると選択肢を表示します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/models.py"/>
        <source>Why listed</source>
        <translation>掲載理由</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/models.py"/>
        <source>Why the package is a candidate</source>
        <translation>パッケージが候補になっている理由です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/models.py"/>
        <source>{name}&apos;s utility of the package, 0–100 points</source>
        <translation>{name} にとってのパッケージの効用(0～100 ポイント)です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/models.py"/>
        <source>ZOPA</source>
        <translation>ZOPA</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/models.py"/>
        <source>At least as good as every side&apos;s walk-away value (BATNA)</source>
        <translation>すべての側の留保価値(BATNA)以上</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/models.py"/>
        <source>On the Pareto frontier: no package is better for both</source>
        <translation>パレートフロンティア上にあります(両者にとってより良いパッケージはありません)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/models.py"/>
        <source>Share of samples of the ranges entered in which the package is accepted ({basis})</source>
        <translation>入力された範囲のサンプルのうち、パッケージが受け入れられる割合（{basis}）</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/models.py"/>
        <source>Exports Δ ({bn})</source>
        <translation>輸出Δ({bn})</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/models.py"/>
        <source>Change of our exports to the other side from the base year</source>
        <translation>基準年からの相手側への自国側輸出の変化です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/models.py"/>
        <source>Revenue ({bn})</source>
        <translation>関税収入({bn})</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/models.py"/>
        <source>Tariff revenue the other side collects on our exports</source>
        <translation>自国側の輸出に対して相手側が徴収する関税収入です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/models.py"/>
        <source>Balance ({bn})</source>
        <translation>収支({bn})</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/models.py"/>
        <source>Our bilateral balance, commitments included</source>
        <translation>コミットメントを含む自国側の二国間収支です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/models.py"/>
        <source>on the Pareto frontier</source>
        <translation>パレートフロンティア上</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/models.py"/>
        <source>Rank: best for the side the counter is for first</source>
        <translation>順位です(対案の対象となる側にとって良い順)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/models.py"/>
        <source>{party}&apos;s utility of the counter-package, 0–100 points</source>
        <translation>{party} にとっての対案パッケージの効用(0～100 ポイント)です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/models.py"/>
        <source>{party} gain</source>
        <translation>{party} の利得</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/models.py"/>
        <source>How much more the counter is worth to {party} than the offer</source>
        <translation>{party} にとって対案が提案よりどれだけ価値が高いかを示します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/models.py"/>
        <source>Changes from the offer</source>
        <translation>提案からの変更点</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/models.py"/>
        <source>The issues where the counter-package departs from the offer</source>
        <translation>対案パッケージが提案と異なる論点です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/panels.py"/>
        <source>The candidate packages with utilities and indicators, as in Excel</source>
        <translation>候補のパッケージと効用・指標です(Excel と同じ内容です)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/panels.py"/>
        <location filename="../../src/negotiator_gui/ui/analysis/views.py"/>
        <source>Counter-packages</source>
        <translation>対案パッケージ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/panels.py"/>
        <source>Equal-value trades for the other side&apos;s latest offer</source>
        <translation>相手側の最新の提案と同等価値となる取引の候補です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/views.py"/>
        <source>Filter packages by name, kind or option</source>
        <translation>名前・種類・選択肢でパッケージを絞り込み</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/views.py"/>
        <source>Show only the packages whose name, kind or options match</source>
        <translation>名前・種類・選択肢が一致するパッケージだけを表示します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/views.py"/>
        <source>&amp;Frontier only</source>
        <translation>フロンティアのみ(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/views.py"/>
        <source>Show only the packages on the Pareto frontier</source>
        <translation>パレートフロンティア上のパッケージだけを表示します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/views.py"/>
        <source>&amp;Use this package</source>
        <translation>このパッケージを使用(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/views.py"/>
        <source>Make the selected package the current package</source>
        <translation>選択したパッケージを現在のパッケージにします</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/views.py"/>
        <source>&amp;Counter-packages for this</source>
        <translation>この対案パッケージ(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/views.py"/>
        <source>Find packages worth the same to the other side as the selected one</source>
        <translation>相手側にとって選択したパッケージと同じ価値のパッケージを探します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/views.py"/>
        <source>E&amp;xport to Excel…</source>
        <translation>Excel にエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/views.py"/>
        <source>Write the options matrix to an Excel workbook</source>
        <translation>オプション・マトリクスを Excel ブックに書き出します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/views.py"/>
        <source>The candidate packages with each side&apos;s utility, ZOPA and frontier flags and trade indicators. Click a header to sort; double-click a row to make it the current package.</source>
        <translation>候補のパッケージと、各側の効用、ZOPA・フロンティアの該当、貿易指標を示します。見出しをクリックすると並べ替え、行をダブルクリックすると現在のパッケージにします。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/views.py"/>
        <source>What the matrix holds, and notes from the analysis</source>
        <translation>マトリクスの内容と、分析からの注記です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/views.py"/>
        <source>The indicator columns are yearly flows averaged over this window, from the trade the flow table holds</source>
        <translation>指標の列は、フロー表にある貿易から、この期間で平均した年間の値です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/views.py"/>
        <source>Updating…</source>
        <translation>更新中…</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/views.py"/>
        <source>Building the options matrix…</source>
        <translation>オプション・マトリクスを作成中…</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/views.py"/>
        <source>{n} candidate packages of {size}; {f} frontier points</source>
        <translation>{size} 件中 {n} 件の候補パッケージ、フロンティア点 {f} 個</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/views.py"/>
        <source>Indicators: {window}.</source>
        <translation>指標:{window}。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/views.py"/>
        <source>The offer (or package) to find equal-value trades for</source>
        <translation>同等価値の取引を探す対象の提案(またはパッケージ)です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/views.py"/>
        <source> pts</source>
        <translation> ポイント</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/views.py"/>
        <source>How far (in utility points) a counter may be from the offer&apos;s value to its author</source>
        <translation>対案が、提案者にとっての提案の価値からどれだけ離れてよいか(効用ポイント)を指定します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/views.py"/>
        <source>How many counter-packages to list</source>
        <translation>一覧に表示する対案パッケージの件数です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/views.py"/>
        <source>Make the selected counter-package the current package</source>
        <translation>選択した対案パッケージを現在のパッケージにします</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/views.py"/>
        <source>&amp;Offer:</source>
        <translation>提案(&amp;O):</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/views.py"/>
        <source>&amp;Epsilon:</source>
        <translation>許容幅(&amp;E):</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/views.py"/>
        <source>&amp;Top:</source>
        <translation>上位(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/views.py"/>
        <source>Packages worth the same to the offer&apos;s author, best for our side first; the changes from the offer are listed. Double-click a row to make it the current package.</source>
        <translation>提案者にとって同じ価値のパッケージを、自国側にとって良い順に並べ、提案からの変更点を示します。行をダブルクリックすると現在のパッケージにします。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/views.py"/>
        <source>What the search found, and for whom</source>
        <translation>検索で見つかった内容と、その対象となる側です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/views.py"/>
        <source>Package: {label}</source>
        <translation>パッケージ: {label}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/views.py"/>
        <source>No offer to counter yet: record one in the package builder</source>
        <translation>対案を出す提案がまだありません。パッケージビルダーで提案を記録してください</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/views.py"/>
        <source>Searching…</source>
        <translation>検索中…</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/views.py"/>
        <source>{n} packages worth {holder}&apos;s value of the offer ({u}) within ±{eps} points, best for {fp} first</source>
        <translation>{holder} にとっての提案の価値({u})から ±{eps} ポイント以内のパッケージ {n} 件({fp} にとって良い順)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/views.py"/>
        <source>search cut short: the best found so far</source>
        <translation>検索を途中で打ち切りました(それまでに見つかった最良の結果です)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/views.py"/>
        <source>none found: widen the tolerance (±{eps} points now) to see near-equal trades</source>
        <translation>見つかりません：許容幅（現在 ±{eps} 点）を広げると、ほぼ同等の交換案が表示されます</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis/views.py"/>
        <source>Counter-package {n}</source>
        <translation>対案パッケージ {n}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/boards/board.py"/>
        <source>Accepted / traded</source>
        <translation>受諾 / 交換済み</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/boards/board.py"/>
        <source>Rejected / withdrawn</source>
        <translation>拒否 / 撤回</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/boards/board.py"/>
        <source>Cards &apos;{lane}&apos;. Drag a card to another lane, or press Ctrl+Left/Right; Ctrl+Up/Down reorders, Enter edits, Delete removes, Space shows its notes. Drop a card of the other side onto one of ours to link them.</source>
        <translation>「{lane}」のカードです。カードを別の列にドラッグするか、Ctrl+Left/Right で移動します。Ctrl+Up/Down で並べ替え、Enter で編集、Del で削除、Space でメモを表示します。相手側のカードを自国側のカードにドロップすると、両者を関連付けます。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/boards/board.py"/>
        <source>{party} ({n})</source>
        <translation>{party}（{n}）</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/boards/board.py"/>
        <source>Drop a card of the other side onto one of ours to link them</source>
        <translation>相手側のカードを自国側のカードにドロップすると、両者を関連付けます</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/boards/card_dialog.py"/>
        <source>What the card asks for or offers, in a few words (required)</source>
        <translation>カードで求めること、または提供することを短く記入します(必須)。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/boards/card_dialog.py"/>
        <location filename="../../src/negotiator_gui/ui/tariffs/models.py"/>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/boards/card_dialog.py"/>
        <source>The title in {language}, shown when the window is in {language}</source>
        <translation>{language}のタイトル。画面が{language}のときに表示されます</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/boards/card_dialog.py"/>
        <source>Title ({language})</source>
        <translation>タイトル（{language}）</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/boards/card_dialog.py"/>
        <source>Demand: what we ask for; concession: what we can give; red line: what we refuse</source>
        <translation>要求: 相手に求めること。譲歩: こちらが提供できること。レッドライン: 受け入れられないこと。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/boards/card_dialog.py"/>
        <source>How much the card matters to its side</source>
        <translation>このカードが当事者にとってどれだけ重要かを示します。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/boards/card_dialog.py"/>
        <source>(no issue)</source>
        <translation>(論点なし)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/boards/card_dialog.py"/>
        <source>The issue of the scenario the card is about, if any</source>
        <translation>カードが関係するシナリオの論点です(ある場合)。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/boards/card_dialog.py"/>
        <source>The option of that issue the card stands for; put on the table, it goes into the package</source>
        <translation>カードが表す論点の選択肢です。カードを提示中にすると、この選択肢がパッケージに入ります。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/boards/card_dialog.py"/>
        <source>What the card is worth to our side, in points (— : not estimated)</source>
        <translation>自国側にとってのカードの価値(ポイント)です。「—」は未見積もりです。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/boards/card_dialog.py"/>
        <source>Value to us (points)</source>
        <translation>自国側にとっての価値(ポイント)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/boards/card_dialog.py"/>
        <source>What the card costs the other side, in points (— : not estimated)</source>
        <translation>相手側にとってのカードのコスト(ポイント)です。「—」は未見積もりです。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/boards/card_dialog.py"/>
        <source>Cost to them (points)</source>
        <translation>相手側のコスト(ポイント)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/boards/card_dialog.py"/>
        <source>Who in the team is responsible for the card</source>
        <translation>このカードを担当するチームメンバーです。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/boards/card_dialog.py"/>
        <source>Keywords for filtering the boards, separated by commas</source>
        <translation>ボードの絞り込みに使うキーワードです。カンマで区切ります。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/boards/card_dialog.py"/>
        <source>Tags (comma-separated)</source>
        <translation>タグ(カンマ区切り)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/boards/card_dialog.py"/>
        <source>Background, arguments and sources; shown when hovering the card</source>
        <translation>背景、論拠、出典です。カードにマウスを重ねると表示されます。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/boards/card_dialog.py"/>
        <source>Apply the changes to the card (one step that can be undone)</source>
        <translation>カードに変更を反映します(1 回の操作として元に戻せます)。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/boards/card_dialog.py"/>
        <source>Close without changing the card</source>
        <translation>カードを変更せずに閉じます。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/boards/card_dialog.py"/>
        <source>(any option)</source>
        <translation>(選択肢を問わない)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/boards/card_dialog.py"/>
        <source>A card needs a title.</source>
        <translation>カードにはタイトルが必要です。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/boards/card_view.py"/>
        <source>High priority</source>
        <translation>優先度 高</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/boards/card_view.py"/>
        <source>Medium priority</source>
        <translation>優先度 中</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/boards/card_view.py"/>
        <source>Low priority</source>
        <translation>優先度 低</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/boards/card_view.py"/>
        <source>worth {points} to us</source>
        <translation>自国側に {points} の価値</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/boards/card_view.py"/>
        <source>worth {points} to them</source>
        <translation>相手側に {points} の価値</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/boards/card_view.py"/>
        <source>costs us {points}</source>
        <translation>自国側の負担 {points}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/boards/card_view.py"/>
        <source>costs them {points}</source>
        <translation>相手側の負担 {points}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/boards/card_view.py"/>
        <source>Points are utility points, counted from the status quo.</source>
        <translation>数値は現状を基準とした効用ポイントです。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/boards/card_view.py"/>
        <source>Notes ▾</source>
        <translation>メモ ▾</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/boards/card_view.py"/>
        <source>Notes ▸</source>
        <translation>メモ ▸</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/boards/card_view.py"/>
        <source>The badge on each card says what it is: a demand of that side, a concession it can make, or a red line it will not cross. Estimates are in utility points, counted from the status quo; &apos;us&apos; is our side.</source>
        <translation>各カードのバッジは種類を示します。その側の要求、譲歩できる事項、譲れない一線（レッドライン）です。見積もりは現状を基準とした効用ポイントで、「自国側」は当方を指します。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/brief/chart.py"/>
        <source>as of {date}</source>
        <translation>{date}時点</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/brief/export.py"/>
        <source>Export &amp;brief…</source>
        <translation>ブリーフを書き出す(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/brief/export.py"/>
        <source>Write a one- or two-page PDF brief of the current package for the minister</source>
        <translation>現在のパッケージについて、大臣向けの1〜2ページのPDFブリーフを書き出します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/brief/export.py"/>
        <source>Export the minister&apos;s brief</source>
        <translation>大臣向けブリーフの書き出し</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/brief/export.py"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF文書 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/brief/export.py"/>
        <source>Cancelled: no brief was written</source>
        <translation>キャンセルしました。ブリーフは書き出されていません。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/brief/export.py"/>
        <source>Preparing the brief…</source>
        <translation>ブリーフを作成しています…</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/brief/export.py"/>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>{path} cannot be written: {why}</source>
        <translation>{path} に書き込めません: {why}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/brief/export.py"/>
        <source>{path}: not written: {why}</source>
        <translation>{path}: 書き出していません: {why}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/brief/export.py"/>
        <source>Wrote the brief ({n} page) to {path}</source>
        <translation>ブリーフ（{n}ページ）を {path} に書き出しました</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/brief/export.py"/>
        <source>Wrote the brief ({n} pages) to {path}</source>
        <translation>ブリーフ（{n}ページ）を {path} に書き出しました</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/brief/export.py"/>
        <source>Cannot export the brief</source>
        <translation>ブリーフを書き出せません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/brief/layout.py"/>
        <source>… and {n} more (see the application)</source>
        <translation>…ほか{n}件（アプリケーションを参照）</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/brief/layout.py"/>
        <source>(continued)</source>
        <translation>（続き）</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/brief/layout.py"/>
        <source>{path} cannot be written</source>
        <translation>{path} に書き込めません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/brief/layout.py"/>
        <source>the PDF written cannot be read back (it is incomplete), so it was not saved. This is a fault in Negotiator: please report it with the scenario file</source>
        <translation>書き出した PDF を読み戻せない(不完全な)ため、保存しませんでした。Negotiator の不具合です。シナリオファイルを添えて報告してください</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/brief/pdf.py"/>
        <source>MINISTER&apos;S BRIEF</source>
        <translation>大臣向けブリーフ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/brief/pdf.py"/>
        <source>MINISTER&apos;S BRIEF (continued)</source>
        <translation>大臣向けブリーフ（続き）</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/brief/pdf.py"/>
        <source>DRAFT: unsaved edits</source>
        <translation>草案：未保存の編集あり</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/brief/pdf.py"/>
        <source>For the negotiating team · not for distribution</source>
        <translation>交渉団限り・配布禁止</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/brief/pdf.py"/>
        <source>The package</source>
        <translation>パッケージ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/brief/pdf.py"/>
        <source>The scenario has no issues to settle.</source>
        <translation>シナリオに合意すべき論点がありません。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/brief/pdf.py"/>
        <source>No package chosen yet: every issue is open.</source>
        <translation>パッケージが未選択のため、すべての論点が未決です。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/brief/pdf.py"/>
        <location filename="../../src/negotiator_gui/ui/printing/documents.py"/>
        <source>Settled as</source>
        <translation>合意内容</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/brief/pdf.py"/>
        <source>Utility against the BATNA</source>
        <translation>BATNAに対する効用</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/brief/pdf.py"/>
        <source>0–100 points</source>
        <translation>0〜100点</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/brief/pdf.py"/>
        <location filename="../../src/negotiator_gui/ui/printing/documents.py"/>
        <source>The scenario has no negotiating parties.</source>
        <translation>シナリオに交渉当事者がいません。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/brief/pdf.py"/>
        <source>Utility</source>
        <translation>効用</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/brief/pdf.py"/>
        <source>Margin</source>
        <translation>差</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/brief/pdf.py"/>
        <source>Utility (bar) and BATNA (tick)</source>
        <translation>効用（棒）とBATNA（目盛り）</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/brief/pdf.py"/>
        <source>Key economic indicators</source>
        <translation>主要経済指標</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/brief/pdf.py"/>
        <source>No economic indicators: the scenario has no trade data.</source>
        <translation>経済指標はありません。シナリオに貿易データがありません。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/brief/pdf.py"/>
        <source>Indicator</source>
        <translation>指標</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/brief/pdf.py"/>
        <location filename="../../src/negotiator_gui/ui/charts/tariffs.py"/>
        <source>With the package</source>
        <translation>パッケージ適用時</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/brief/pdf.py"/>
        <source>Difference</source>
        <translation>差</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/brief/pdf.py"/>
        <location filename="../../src/negotiator_gui/ui/charts/tariffs.py"/>
        <source>Tariff timeline</source>
        <translation>関税タイムライン</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/brief/pdf.py"/>
        <source>No tariff timeline: the scenario has no trade data.</source>
        <translation>関税タイムラインはありません。シナリオに貿易データがありません。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/brief/pdf.py"/>
        <source>Boards: what each side cares about most</source>
        <translation>ボード：各側が最も重視する項目</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/brief/pdf.py"/>
        <source>No boards: the scenario has no negotiating parties.</source>
        <translation>ボードはありません。シナリオに交渉当事者がいません。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/brief/pdf.py"/>
        <source>No cards in play.</source>
        <translation>有効なカードはありません。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/brief/pdf.py"/>
        <source>Notes: </source>
        <translation>注記：</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/brief/pdf.py"/>
        <location filename="../../src/negotiator_gui/ui/printing/documents.py"/>
        <source>Page {n} of {total}</source>
        <translation>{n} / {total} ページ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/brief/pdf.py"/>
        <location filename="../../src/negotiator_gui/ui/printing/documents.py"/>
        <source>Minister&apos;s brief: {title}</source>
        <translation>大臣向けブリーフ：{title}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/acceptance_colours.py"/>
        <source>Colour: none</source>
        <translation>色分け：なし</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/acceptance_colours.py"/>
        <source>Colour: the other side&apos;s acceptance</source>
        <translation>色分け：相手側の受諾率</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/acceptance_colours.py"/>
        <source>Colour: both sides&apos; acceptance (in the ZOPA)</source>
        <translation>色分け：双方の受諾率（ZOPA内）</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/acceptance_colours.py"/>
        <source>Colour the packages by acceptance</source>
        <translation>パッケージを受諾率で色分け</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/acceptance_colours.py"/>
        <source>Colour each package by how often it is accepted over the samples of the ranges entered on the preferences</source>
        <translation>選好に入力された範囲のサンプルで各パッケージが受け入れられる頻度に応じて色分けします</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/acceptance_colours.py"/>
        <source>no ranges entered on the preferences</source>
        <translation>選好に範囲が入力されていません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/acceptance_colours.py"/>
        <source>accepted by {party}</source>
        <translation>{party}の受諾率</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/acceptance_colours.py"/>
        <source>accepted by both sides</source>
        <translation>双方の受諾率</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/base.py"/>
        <source>the chart&apos;s SVG is not well-formed XML ({why}), so it was not saved</source>
        <translation>グラフの SVG が正しい XML になっていないため({why})、保存しませんでした</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/base.py"/>
        <source>the chart&apos;s image cannot be read back, so it was not saved</source>
        <translation>グラフの画像を読み戻せないため、保存しませんでした</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/base.py"/>
        <source>Negotiator chart</source>
        <translation>Negotiator グラフ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/base.py"/>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/base.py"/>
        <source>Save the chart as PNG or SVG</source>
        <translation>グラフをPNGまたはSVGで保存します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/base.py"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/base.py"/>
        <source>Copy the chart to the clipboard as an image</source>
        <translation>グラフを画像としてクリップボードにコピーします</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/base.py"/>
        <source>Export the chart with pyqtgraph&apos;s exporters (image, SVG, CSV)</source>
        <translation>グラフを画像、SVG、CSVなどの形式でエクスポートします</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/base.py"/>
        <source>Export chart</source>
        <translation>グラフのエクスポート</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/base.py"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG画像 (*.png);;SVG図形 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/base.py"/>
        <source>Could not save: {e}</source>
        <translation>保存できませんでした: {e}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/history.py"/>
        <source>Per round, each side&apos;s utility of its own offers (solid line, falling as it concedes) and of the other side&apos;s offers (dashed line, rising as the other side concedes). Where the lines meet, a deal lies; the dotted lines are the BATNAs.</source>
        <translation>ラウンドごとに、各側の自らの提案の効用(実線。譲歩すると下がります)と相手側の提案の効用(破線。相手側が譲歩すると上がります)を示します。線が交わるところに合意があります。点線は BATNA です。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/history.py"/>
        <location filename="../../src/negotiator_gui/ui/packages/builder.py"/>
        <source>Round</source>
        <translation>ラウンド</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/history.py"/>
        <source>Utility (0–100)</source>
        <translation>効用(0～100)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/history.py"/>
        <source>{party}: own offers</source>
        <translation>{party}: 自らの提案</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/history.py"/>
        <source>{party}: {other}&apos;s offers</source>
        <translation>{party}: {other} の提案</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/history.py"/>
        <source>{party}&apos;s BATNA</source>
        <translation>{party} の BATNA</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/history.py"/>
        <location filename="../../src/negotiator_gui/ui/charts/utility.py"/>
        <source>{party}: BATNA (walk-away value)</source>
        <translation>{party}: BATNA(留保価値)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/impact.py"/>
        <source>Change in imports</source>
        <translation>輸入の変化</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/impact.py"/>
        <source>Change in tariff revenue</source>
        <translation>関税収入の変化</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/impact.py"/>
        <source>Welfare (Harberger triangles)</source>
        <translation>厚生(ハーバーガーの三角形)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/impact.py"/>
        <source>bn {unit}</source>
        <translation>10億{unit}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/impact.py"/>
        <source>The importer&apos;s trade by HS chapter from the base year: grey bars without a deal (the tariffs as scheduled), coloured bars for the current package. The whiskers span the 5th to 95th percentile of the Monte-Carlo draws over the elasticities.</source>
        <translation>輸入国のHS類別の貿易(基準年比):灰色の棒は合意なし(予定どおりの関税)、色付きの棒は現在のパッケージです。ひげは弾力性についてのモンテカルロ試行の5〜95パーセンタイルを示します。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/impact.py"/>
        <source>{field} ({unit})</source>
        <translation>{field}({unit})</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/impact.py"/>
        <source>{importer}&apos;s imports by sector on {date}, {model} model</source>
        <translation>{importer} の部門別輸入({date}、{model}モデル)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/impact.py"/>
        <source>whiskers: p5–p95 of {n} draws</source>
        <translation>ひげ:{n}回の試行の p5〜p95</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/impact.py"/>
        <source>No deal: the tariffs as scheduled</source>
        <translation>合意なし: 予定どおりの関税</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/impact.py"/>
        <source>With the current package</source>
        <translation>現在のパッケージを適用</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/impact.py"/>
        <source>Whiskers: 5th to 95th percentile of {n} draws</source>
        <translation>ひげ: {n} 回の抽出の 5〜95 パーセンタイル</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/impact.py"/>
        <source>How much the total moves when one group of elasticities is 20 % lower or higher, largest swing on top: the estimates the result depends on most.</source>
        <translation>弾力性の各グループを 20 % 低く・高くしたときに合計がどれだけ動くかを、振れ幅の大きい順に上から示します。結果が最も依存している推計値がわかります。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/impact.py"/>
        <source>Sensitivity being computed…</source>
        <translation>感応度を計算中…</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/impact.py"/>
        <source>{field}, total ({unit})</source>
        <translation>{field}・合計({unit})</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/impact.py"/>
        <source>Sensitivity to elasticities (±20 %)</source>
        <translation>弾力性に対する感応度(±20 %)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/impact.py"/>
        <source>Elasticities 20 % lower</source>
        <translation>弾力性を 20 % 低くした場合</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/impact.py"/>
        <source>Elasticities 20 % higher</source>
        <translation>弾力性を 20 % 高くした場合</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/impact.py"/>
        <source>Total with the elasticities as estimated</source>
        <translation>推定どおりの弾力性での合計</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/impact.py"/>
        <source>Whose imports the chart shows</source>
        <translation>図に表示する輸入国を選びます</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/impact.py"/>
        <source>Which quantity the bars show</source>
        <translation>棒グラフに表示する量を選びます</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/impact.py"/>
        <source>Exact model</source>
        <translation>厳密モデル</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/impact.py"/>
        <source>Unchecked: first-order (linear) formulas; checked: exact constant-elasticity ones. Both move imports with the macro η where a tariff hits every supplier and with the micro σ where one supplier&apos;s rate differs from the others&apos;</source>
        <translation>オフ: 一次近似(線形)の式、オン: 厳密な一定弾力性の式。どちらも、関税がすべての供給国にかかる場合はマクロηで、ある供給国の税率が他と異なる場合はミクロσで輸入を変化させます</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/impact.py"/>
        <source>Whether the model is running, or why it could not run</source>
        <translation>モデルが計算中かどうか、または計算できなかった理由です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/impact.py"/>
        <location filename="../../src/negotiator_gui/ui/packages/builder.py"/>
        <source>computing…</source>
        <translation>計算中…</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/impact.py"/>
        <source>ranges being computed…</source>
        <translation>範囲を計算中…</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/impact.py"/>
        <location filename="../../src/negotiator_gui/ui/charts/tariffs.py"/>
        <source>Could not compute: {e}</source>
        <translation>計算できませんでした: {e}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/key.py"/>
        <source>+{n} more</source>
        <translation>ほか {n} 件</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/panels.py"/>
        <source>Tariff charts</source>
        <translation>関税グラフ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/panels.py"/>
        <source>Utility space</source>
        <translation>効用空間</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/panels.py"/>
        <source>Concession history</source>
        <translation>譲歩の推移</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/tariffs.py"/>
        <source>d MMM</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/tariffs.py"/>
        <source>Trade-weighted tariff of the importer&apos;s imports through the year: dashed, the status quo; solid, with the package from the as-of date; numbered dotted lines mark announcements, entries into force, pauses and ends of measures (listed below). Drag to pan, wheel to zoom.</source>
        <translation>輸入国の輸入に対する貿易加重平均関税の1年間の推移です。破線は現状、実線は基準日からパッケージを適用した場合を示し、番号付きの点線は措置の発表、発効、一時停止、終了を示します（一覧は下記）。ドラッグで移動、ホイールで拡大・縮小できます。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/tariffs.py"/>
        <source>Trade-weighted tariff (%)</source>
        <translation>貿易加重平均関税(%)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/tariffs.py"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/tariffs.py"/>
        <source>Whose tariffs the chart shows</source>
        <translation>グラフに表示する関税の輸入国です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/tariffs.py"/>
        <source>One line per partner, per HS chapter, or one for all imports</source>
        <translation>相手国ごと、HS類ごと、または輸入全体で1本の線を表示します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/tariffs.py"/>
        <source>by partner</source>
        <translation>相手国別</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/tariffs.py"/>
        <source>by sector (HS chapter)</source>
        <translation>分野別(HS類)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/tariffs.py"/>
        <source>as of</source>
        <translation>基準日</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/tariffs.py"/>
        <source>{importer}&apos;s tariffs by partner, {year}</source>
        <translation>{importer} の関税(相手国別、{year}年)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/tariffs.py"/>
        <source>{importer}&apos;s tariffs by sector, {year}</source>
        <translation>{importer} の関税(分野別、{year}年)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/tariffs.py"/>
        <source>{importer}&apos;s tariffs, {year}</source>
        <translation>{importer} の関税({year}年)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/tariffs.py"/>
        <source>{importer}&apos;s tariffs by partner, {year} — dashed: status quo, solid: with the package from {date}</source>
        <translation>{importer} の関税(相手国別、{year}年) — 破線: 現状、実線: {date} からパッケージを適用</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/tariffs.py"/>
        <source>{importer}&apos;s tariffs by sector, {year} — dashed: status quo, solid: with the package from {date}</source>
        <translation>{importer} の関税(分野別、{year}年) — 破線: 現状、実線: {date} からパッケージを適用</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/tariffs.py"/>
        <source>{importer}&apos;s tariffs, {year} — dashed: status quo, solid: with the package from {date}</source>
        <translation>{importer} の関税({year}年) — 破線: 現状、実線: {date} からパッケージを適用</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/tariffs.py"/>
        <source>Dashed: status quo</source>
        <translation>破線: 現状</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/tariffs.py"/>
        <source>Solid: with the package from {date}</source>
        <translation>実線: {date} からパッケージを適用</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/tariffs.py"/>
        <source>As-of date</source>
        <translation>基準日</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/tariffs.py"/>
        <source>{date}: {events}</source>
        <translation>{date}: {events}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/tariffs.py"/>
        <source>({n}) {date}: {events}</source>
        <translation>({n}) {date}：{events}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/tariffs.py"/>
        <source>How the selected line&apos;s rate is made up: the MFN base, then each measure that adds to it, on the view date and with the package</source>
        <translation>選択した品目の税率の内訳です。基本のMFN税率に、上乗せされる各措置を表示日時点とパッケージ適用時について積み上げています</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/tariffs.py"/>
        <source>Tariff rate (%)</source>
        <translation>税率(%)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/tariffs.py"/>
        <source>The product line whose tariff stack is shown</source>
        <translation>関税の積み上げを表示する品目です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/tariffs.py"/>
        <source>Line</source>
        <translation>品目</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/tariffs.py"/>
        <location filename="../../src/negotiator_gui/ui/tariffs/models.py"/>
        <source>On {date}</source>
        <translation>{date} 時点</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/tariffs.py"/>
        <source>Tariff stack of {line}</source>
        <translation>{line} の関税の積み上げ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/tariffs.py"/>
        <source>Trade impact</source>
        <translation>貿易への影響</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/tariffs.py"/>
        <source>Tariff stack</source>
        <translation>関税の積み上げ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/tariffs.py"/>
        <source>Trade-weighted tariffs through the year, with events</source>
        <translation>1年間の貿易加重平均関税の推移と主な出来事です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/tariffs.py"/>
        <source>What the package does to trade, by sector</source>
        <translation>パッケージが貿易に与える影響を分野別に示します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/tariffs.py"/>
        <source>How one product line&apos;s rate is made up</source>
        <translation>1つの品目の税率の内訳を示します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/utility.py"/>
        <location filename="../../src/negotiator_gui/ui/packages/beliefs_panel.py"/>
        <source>Max-min</source>
        <translation>マックスミン解</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/utility.py"/>
        <source>KS</source>
        <translation>KS解</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/utility.py"/>
        <source>How many packages the chart shows and how many lie on the Pareto frontier</source>
        <translation>図に表示しているパッケージの件数と、そのうちパレートフロンティア上にある点の数です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/utility.py"/>
        <source>Each grey dot is a package: its utility for our side (across) and for the other side (up). The key under the chart names every line and marker. Hover a point to see its package; click it to make it the current package.</source>
        <translation>灰色の点はそれぞれ 1 つのパッケージで、横軸が自国側の効用、縦軸が相手側の効用です。グラフの下の凡例がすべての線と記号を説明します。点にポインターを合わせるとパッケージの内容を表示し、クリックすると現在のパッケージにします。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/utility.py"/>
        <source>No utility space: the scenario needs two negotiating parties</source>
        <translation>効用空間がありません。シナリオには交渉当事者が 2 つ必要です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/utility.py"/>
        <source>Computing the frontier…</source>
        <translation>フロンティアを計算中…</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/utility.py"/>
        <source>{n} of {size} packages (sample)</source>
        <translation>{size} 件中 {n} 件のパッケージ(標本)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/utility.py"/>
        <source>{m} frontier points</source>
        <translation>フロンティア点 {m} 個</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/utility.py"/>
        <source>approximate, within {error} points</source>
        <translation>近似(誤差 {error} ポイント以内)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/utility.py"/>
        <source>Utility for {party} (0–100)</source>
        <translation>{party} の効用(0～100)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/utility.py"/>
        <source>{party}&apos;s BATNA: {v}</source>
        <translation>{party} の BATNA: {v}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/utility.py"/>
        <source>Pareto frontier</source>
        <translation>パレートフロンティア</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/utility.py"/>
        <source>ZOPA: packages above both sides&apos; BATNAs</source>
        <translation>ZOPA: 双方の BATNA を上回るパッケージ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/utility.py"/>
        <source>{party}&apos;s offers</source>
        <translation>{party} の提案</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/utility.py"/>
        <source>Pinned {letter}: {name}</source>
        <translation>ピン留め {letter}：{name}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/utility.py"/>
        <source>{party}&apos;s offer, round {r}</source>
        <translation>{party} の提案、ラウンド {r}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/utility.py"/>
        <source>Frontier point</source>
        <translation>フロンティア点</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts/utility.py"/>
        <source>({n} packages give this point)</source>
        <translation>(この点になるパッケージは {n} 件です)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/common/worker.py"/>
        <location filename="../../src/negotiator_gui/ui/packages/beliefs_panel.py"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/common/worker.py"/>
        <source>Negotiator</source>
        <translation>Negotiator</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/common/worker.py"/>
        <source>Cancelling…</source>
        <translation>キャンセルしています…</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/compare/panels.py"/>
        <source>Compare packages</source>
        <translation>パッケージの比較</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/compare/panels.py"/>
        <source>Packages side by side: options, utilities and indicators, differences marked</source>
        <translation>パッケージを並べて比較します:選択肢、効用、指標(相違点に印)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/compare/view.py"/>
        <location filename="../../src/negotiator_gui/ui/io/import_export.py"/>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>Negotiator scenarios (*.scenario.json);;JSON files (*.json);;All files (*)</source>
        <translation>Negotiator シナリオ (*.scenario.json);;JSON ファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/compare/view.py"/>
        <source>Compared</source>
        <translation>比較項目</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/compare/view.py"/>
        <source>{label} ({unit})</source>
        <translation>{label}({unit})</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/compare/view.py"/>
        <source>The packages differ here</source>
        <translation>この行でパッケージが異なります</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/compare/view.py"/>
        <source>Compare across scenarios</source>
        <translation>シナリオ間の比較</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/compare/view.py"/>
        <source>The current package in another revision or scenario:</source>
        <translation>現在のパッケージを別のリビジョンまたはシナリオで評価します:</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/compare/view.py"/>
        <source>Library revisions</source>
        <translation>ライブラリのリビジョン</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/compare/view.py"/>
        <source>This scenario&apos;s revisions, newest first, then the other scenarios&apos; latest</source>
        <translation>このシナリオのリビジョン(新しい順)、続いて他のシナリオの最新リビジョン</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/compare/view.py"/>
        <source>Scenario file…</source>
        <translation>シナリオファイル…</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/compare/view.py"/>
        <source>Compare with a scenario file instead</source>
        <translation>代わりにシナリオファイルと比較します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/compare/view.py"/>
        <source>Compare with revision</source>
        <translation>このリビジョンと比較</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/compare/view.py"/>
        <source>Compare the current package with the selected revision</source>
        <translation>現在のパッケージを選択したリビジョンで比較します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/compare/view.py"/>
        <source>Close without comparing</source>
        <translation>比較せずに閉じます</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/compare/view.py"/>
        <source>No library is open: choose a scenario file.</source>
        <translation>ライブラリが開かれていません。シナリオファイルを選んでください。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/compare/view.py"/>
        <source>{title}, revision {n} ({author}): {message}</source>
        <translation>{title}、リビジョン {n}({author}):{message}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/compare/view.py"/>
        <source>{name}, latest revision {n}</source>
        <translation>{name}、最新リビジョン {n}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/compare/view.py"/>
        <source>Scenario to compare with</source>
        <translation>比較するシナリオ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/compare/view.py"/>
        <source>Packages to compare</source>
        <translation>比較するパッケージ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/compare/view.py"/>
        <source>Tick the packages to compare (two or more)</source>
        <translation>比較するパッケージにチェックを入れてください(2つ以上)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/compare/view.py"/>
        <source>Pin as A</source>
        <translation>A として固定</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/compare/view.py"/>
        <source>Pin as B</source>
        <translation>B として固定</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/compare/view.py"/>
        <source>Mark the selected package on the utility chart as {letter}</source>
        <translation>選択したパッケージを効用チャート上に {letter} として表示します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/compare/view.py"/>
        <source>Clear pins</source>
        <translation>固定を解除</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/compare/view.py"/>
        <source>Remove the A and B marks from the utility chart</source>
        <translation>効用チャートから A と B の印を消します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/compare/view.py"/>
        <source>Across scenarios…</source>
        <translation>シナリオ間で比較…</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/compare/view.py"/>
        <source>The current package in another scenario file or library revision</source>
        <translation>現在のパッケージを別のシナリオファイルまたはライブラリのリビジョンで評価します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/compare/view.py"/>
        <source>Back to packages</source>
        <translation>パッケージの比較に戻る</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/compare/view.py"/>
        <source>Compare the ticked packages of this scenario again</source>
        <translation>このシナリオのチェックしたパッケージの比較に戻ります</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/compare/view.py"/>
        <source>Comparison</source>
        <translation>比較</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/compare/view.py"/>
        <source>One column per package; rows marked {mark} in bold are where they differ</source>
        <translation>パッケージごとに1列。{mark} の付いた太字の行はパッケージが異なる箇所です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/compare/view.py"/>
        <source>{mark} bold rows: the packages differ there</source>
        <translation>{mark} 太字の行:パッケージが異なる箇所</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/compare/view.py"/>
        <source>This scenario</source>
        <translation>このシナリオ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/compare/view.py"/>
        <source>The current package in this scenario and in another</source>
        <translation>現在のパッケージ:このシナリオと別のシナリオ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/compare/view.py"/>
        <source>{n} packages side by side</source>
        <translation>{n} 個のパッケージを比較</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/compare/view.py"/>
        <source>Tick two or more packages to compare them</source>
        <translation>比較するには2つ以上のパッケージにチェックを入れてください</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/compare/view.py"/>
        <source>Select a package in the list to pin it</source>
        <translation>固定するパッケージを一覧で選んでください</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/compare/view.py"/>
        <source>{letter} on the utility chart: {name}</source>
        <translation>効用チャートの {letter}:{name}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>× 1 (as written)</source>
        <translation>× 1(記載どおり)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>× 1,000 (table in thousands)</source>
        <translation>× 1,000(千単位の表)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>× 1,000,000 (table in millions)</source>
        <translation>× 1,000,000(百万単位の表)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>I&amp;mporter</source>
        <translation>輸入国(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>The importing country (the reporter, in a table with a flow column)</source>
        <translation>輸入国です(フロー列のある表では報告国)。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>E&amp;xporter</source>
        <translation>輸出国(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>The country the goods come from (the partner)</source>
        <translation>物品の送り出し国(相手国)です。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>Pr&amp;oduct code</source>
        <translation>品目コード(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>The HS/HTS code of the product line; dots and spaces are dropped</source>
        <translation>関税品目の HS コード(米国関税率表のコードも可)です。ピリオドと空白は除かれます。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>&amp;Value</source>
        <translation>金額(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>The value of the goods traded</source>
        <translation>取引された物品の金額です。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>MF&amp;N rate</source>
        <translation>MFN税率(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>The applied tariff rate, as a fraction (0.05) or in percent (5)</source>
        <translation>適用税率です。小数(0.05)またはパーセント(5)で指定します。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>&amp;Duties collected</source>
        <translation>徴収関税額(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>Duties paid; with the value they give the rate when there is no rate column</source>
        <translation>納付された関税額です。税率の列がない場合、金額とあわせて税率を算出します。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>&amp;Trade flow</source>
        <translation>貿易フロー(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>Imports or exports, in a table that holds both</source>
        <translation>輸入と輸出の両方を含む表で、輸入か輸出かを示す列です。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>Year co&amp;lumn</source>
        <translation>年の列(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>The year of each row; only the chosen year is imported</source>
        <translation>各行の年です。選択した年の行だけを取り込みます。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>Duty ty&amp;pe</source>
        <translation>関税の種類(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>The WITS duty type (MFN rows are imported)</source>
        <translation>WITS の関税種別です(MFN の行を取り込みます)。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>&amp;Quantity</source>
        <translation>数量(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>Quantities (kept for the report; not used in the analysis)</source>
        <translation>数量です(レポートには残しますが、分析には使いません)。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>Import trade data — {name}</source>
        <translation>貿易データの取り込み — {name}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>Choose the column each field is read from. The preview below is read again after every change and shows exactly what will be imported.</source>
        <translation>各項目を読み込む列を選んでください。下のプレビューは変更のたびに読み直され、実際に取り込まれる内容をそのまま表示します。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>(not used)</source>
        <translation>(使用しない)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>{tip} (required)</source>
        <translation>【必須】{tip}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>(from the column)</source>
        <translation>(列から読む)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>Or the same party for every row (a table of one country&apos;s imports)</source>
        <translation>または、すべての行に同じ当事者を指定します(1 か国の輸入だけの表の場合)。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>or every row:</source>
        <translation>または全行に:</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>* required</source>
        <translation>* 必須</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>Values</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>As detected (× {x})</source>
        <translation>自動検出(× {x})</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>Multiply every value by this (1,000 for a table in thousands)</source>
        <translation>すべての金額にこの倍率を掛けます(千単位の表なら 1,000)。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>As detected</source>
        <translation>自動検出</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>The year to import (and the column of that year, in a table with one per year)</source>
        <translation>取り込む年です(年ごとに列がある表では、その年の列)。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>&amp;Scale:</source>
        <translation>倍率(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>&amp;Year:</source>
        <translation>年(&amp;Y):</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>Mer&amp;ge into the current flows</source>
        <translation>現在のフローに統合(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>Update the flows the table has (same importer, exporter and product), add the rest</source>
        <translation>表にあるフロー(輸入国・輸出国・品目が同じもの)を更新し、残りを追加します。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>&amp;Replace all current flows</source>
        <translation>現在のフローをすべて置換(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>The table becomes the scenario&apos;s whole flow table</source>
        <translation>この表がシナリオの貿易フロー表全体になります。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>Import:</source>
        <translation>取り込み方法:</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>The import report for the settings above</source>
        <translation>上の設定で取り込んだ場合のレポートです。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <location filename="../../src/negotiator_gui/ui/io/import_export.py"/>
        <source>&amp;Import</source>
        <translation>取り込み(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>Import the accepted rows as shown in the preview (one step that can be undone)</source>
        <translation>プレビューのとおりに、受け付けられた行を取り込みます(1 回の操作として元に戻せます)。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>Close without importing anything</source>
        <translation>何も取り込まずに閉じます。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>Reading the table again…</source>
        <translation>表を読み直しています…</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>This table cannot be imported as mapped.</source>
        <translation>現在の列の対応付けでは、この表を取り込めません。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>Choose the columns above.</source>
        <translation>上で列を選んでください。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>Recognised as: {layout} ({why})</source>
        <translation>認識した形式: {layout}({why})</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>&lt;b&gt;{n} rows accepted&lt;/b&gt;</source>
        <translation>&lt;b&gt;受付 {n} 行&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>{n} rejected</source>
        <translation>除外 {n} 行</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>{n} with a party not in the scenario</source>
        <translation>シナリオにない当事者 {n} 行</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>nothing to import</source>
        <translation>取り込むデータなし</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>Import a GENIUS domain</source>
        <translation>GENIUS ドメインの取り込み</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>the domain XML file</source>
        <translation>ドメインの XML ファイル</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>The GENIUS domain: the issues and their values</source>
        <translation>GENIUS ドメインです(論点とその値を定義します)。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <location filename="../../src/negotiator_gui/ui/shell/settings_dialog.py"/>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>Choose the domain file</source>
        <translation>ドメインファイルを選びます。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>One utility profile per party; the first is our side</source>
        <translation>当事者ごとに 1 つの効用プロファイルです。先頭が自国側になります。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>Add profile files (one per party, in order)</source>
        <translation>プロファイルファイルを追加します(当事者ごとに 1 つ、順番どおりに)。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>Remove the selected profiles from the list</source>
        <translation>選択したプロファイルを一覧から削除します。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>optional, e.g. Buyer, Seller (default A, B, …)</source>
        <translation>省略可。例: 買い手, 売り手(既定は A, B, …)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>The parties&apos; names, comma-separated, in profile order</source>
        <translation>当事者の名前です。プロファイルの順にカンマで区切って入力します。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>&amp;Domain:</source>
        <translation>ドメイン(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>&amp;Profiles:</source>
        <translation>プロファイル(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>&amp;Names:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>Start a new scenario from the domain and the profiles</source>
        <translation>ドメインとプロファイルから新しいシナリオを作成します。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>Choose the domain file and at least two profiles (one per party).</source>
        <translation>ドメインファイルと、2 つ以上のプロファイル(当事者ごとに 1 つ)を選んでください。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>GENIUS domain</source>
        <translation>GENIUS ドメイン</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>GENIUS XML (*.xml);;All files (*)</source>
        <translation>GENIUS XML (*.xml);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>GENIUS profiles</source>
        <translation>GENIUS プロファイル</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <location filename="../../src/negotiator_gui/ui/io/import_export.py"/>
        <source>Export the options matrix</source>
        <translation>オプション・マトリクスのエクスポート</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <location filename="../../src/negotiator_gui/ui/io/import_export.py"/>
        <source>Export a scenario file</source>
        <translation>シナリオファイルの書き出し</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>&amp;Frontier: every Pareto-optimal package</source>
        <translation>フロンティア: パレート最適なパッケージすべて(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>&amp;All packages (small option spaces only)</source>
        <translation>すべてのパッケージ(選択肢が少ない場合のみ)(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>The &amp;first</source>
        <translation>先頭から(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>List every package that no other package beats for both sides</source>
        <translation>両当事者にとって、これより優れたパッケージが他にないパッケージをすべて載せます。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>List every combination of options; only possible when there are few of them</source>
        <translation>選択肢のすべての組み合わせを載せます。組み合わせが少ない場合にのみ使えます。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>List only the first frontier packages, as many as set here</source>
        <translation>フロンティア上のパッケージを、ここで指定した数だけ先頭から載せます。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source> frontier packages</source>
        <translation> 件のフロンティア・パッケージ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>How many frontier packages to list</source>
        <translation>載せるフロンティア・パッケージの数です。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>The bargaining solutions, offers and stored packages are always listed</source>
        <translation>交渉解、提案、保存済みのパッケージは常に載せます。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>our side</source>
        <translation>自国側</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>&amp;Redacted copy (leave out our side&apos;s reservation value, weights, scores and red lines)</source>
        <translation>秘匿版(自国側の留保価値、ウェイト、スコア、レッドラインを除く)(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>For sharing beyond the team: {party}&apos;s weights, option scores, reservation value, red-line cards, card valuations, BATNA text and the package under discussion are left out</source>
        <translation>チーム外との共有用です。{party} のウェイト、選択肢のスコア、留保価値、レッドラインのカード、カードの評価値、BATNA (交渉決裂時の最善の代替案) の記述、検討中のパッケージを除きます。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>&amp;Keep the other side&apos;s ranges</source>
        <translation>相手側の幅を残す(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>Keep the ranges (low–high) and confidence levels the team put on the other side&apos;s weights, scores and reservation value; they say how well we think we know them, so they are left out of a redacted copy unless this is on</source>
        <translation>チームが相手側のウェイト、スコア、留保値に付けた幅（下限～上限）と確信度を残す。これらは相手をどの程度把握しているかというこちらの評価を示すため、これをオンにしない限り秘匿版からは除かれる</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <location filename="../../src/negotiator_gui/ui/io/import_export.py"/>
        <source>&amp;Export</source>
        <translation>書き出し(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>Choose where to write the file</source>
        <translation>書き出し先を選びます。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>Close without exporting anything</source>
        <translation>何も書き出さずに閉じます。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>&lt;b&gt;For sharing:&lt;/b&gt; computed from the redacted copy only.</source>
        <translation>&lt;b&gt;共有可:&lt;/b&gt; 秘匿版だけから計算します。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/dialogs.py"/>
        <source>&lt;b&gt;Not for sharing:&lt;/b&gt; contains our side&apos;s private numbers; keep it within the team.</source>
        <translation>&lt;b&gt;共有不可:&lt;/b&gt; 自国側の非公開の数値を含みます。チーム内にとどめてください。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/import_export.py"/>
        <source>Trade tables (*.csv *.tsv *.txt *.xlsx *.xlsm);;All files (*)</source>
        <translation>貿易データ表 (*.csv *.tsv *.txt *.xlsx *.xlsm);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/import_export.py"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/import_export.py"/>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>… and {n} more</source>
        <translation>… ほか {n} 件</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/import_export.py"/>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>{source} cannot be used:</source>
        <translation>{source} は使用できません:</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/import_export.py"/>
        <source>&amp;Scenario file into the library…</source>
        <translation>シナリオファイルをライブラリへ(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/import_export.py"/>
        <source>Store a scenario file in the library and open it</source>
        <translation>シナリオファイルをライブラリに保存して開きます。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/import_export.py"/>
        <source>&amp;GENIUS domain…</source>
        <translation>GENIUS ドメイン(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/import_export.py"/>
        <source>Start a scenario from a GENIUS/ANAC domain and its profiles</source>
        <translation>GENIUS のドメインとプロファイルから新しいシナリオを作成します。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/import_export.py"/>
        <source>&amp;Trade data (CSV/XLSX)…</source>
        <translation>貿易データ (CSV/Excel)(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/import_export.py"/>
        <source>Import trade flows from a CSV or Excel table, with a column mapping</source>
        <translation>CSV または Excel の表から、列の対応付けを指定して貿易フローを取り込みます。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/import_export.py"/>
        <source>&amp;Excel options matrix…</source>
        <translation>Excel オプション・マトリクス(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/import_export.py"/>
        <source>Write the options-matrix workbook</source>
        <translation>オプション・マトリクスのブックを書き出します。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/import_export.py"/>
        <source>&amp;Scenario file…</source>
        <translation>シナリオファイル(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/import_export.py"/>
        <source>Write a (redacted) copy of the scenario</source>
        <translation>シナリオのコピー(秘匿版も可)を書き出します。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/import_export.py"/>
        <source>Cancelled: nothing was changed</source>
        <translation>キャンセルしました。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/import_export.py"/>
        <source>Cannot import</source>
        <translation>取り込めません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/import_export.py"/>
        <source>No library is open for writing: the scenario file cannot be stored.</source>
        <translation>書き込み可能なライブラリが開かれていないため、シナリオファイルを保存できません。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/import_export.py"/>
        <source>Import a scenario file into the library</source>
        <translation>シナリオファイルをライブラリに取り込む</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/import_export.py"/>
        <source>Checking {name}…</source>
        <translation>{name} を確認しています…</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/import_export.py"/>
        <source>Imported {name} into the library</source>
        <translation>{name} をライブラリに取り込みました。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/import_export.py"/>
        <source>Reading the scenario file…</source>
        <translation>シナリオファイルを読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/import_export.py"/>
        <source>Give at least two profiles.</source>
        <translation>プロファイルを 2 つ以上指定してください。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/import_export.py"/>
        <source>Reading the GENIUS domain…</source>
        <translation>GENIUS ドメインを読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/import_export.py"/>
        <source>Imported {name}: save it to keep it</source>
        <translation>{name} を取り込みました。残すには保存してください。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/import_export.py"/>
        <source>Importing the GENIUS domain…</source>
        <translation>GENIUS ドメインを取り込んでいます…</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/import_export.py"/>
        <source>Import trade data</source>
        <translation>貿易データの取り込み</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/import_export.py"/>
        <source>Reading {name}…</source>
        <translation>{name} を読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/import_export.py"/>
        <source>Cannot import the table</source>
        <translation>表を取り込めません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/import_export.py"/>
        <source>Reading the trade table…</source>
        <translation>貿易データ表を読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/import_export.py"/>
        <source>The table cannot be imported as mapped.</source>
        <translation>現在の列の対応付けでは、この表を取り込めません。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/import_export.py"/>
        <source>Another scenario was opened meanwhile.</source>
        <translation>その間に別のシナリオが開かれました。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/import_export.py"/>
        <source>Import trade data from {file}</source>
        <translation>{file} から貿易データを取り込み</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/import_export.py"/>
        <source>Imported {n} rows from {file} ({flows} trade flows now)</source>
        <translation>{file} から {n} 行を取り込みました(貿易フローは現在 {flows} 件)。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/import_export.py"/>
        <source>Cannot export</source>
        <translation>書き出せません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/import_export.py"/>
        <source>Wrote {path} (redacted)</source>
        <translation>{path} を書き出しました(秘匿版)。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/import_export.py"/>
        <source>Wrote {path}</source>
        <translation>{path} を書き出しました。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/import_export.py"/>
        <source>Writing the options matrix…</source>
        <translation>オプション・マトリクスを書き出しています…</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/import_export.py"/>
        <source>Writing the scenario file…</source>
        <translation>シナリオファイルを書き出しています…</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/merge.py"/>
        <source>Conflict</source>
        <translation>競合</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/merge.py"/>
        <source>Common version</source>
        <translation>共通の版</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/merge.py"/>
        <source>Mine</source>
        <translation>自分</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/merge.py"/>
        <source>Theirs</source>
        <translation>同僚</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/merge.py"/>
        <source>Merging {file} into your copy. {ancestor}.</source>
        <translation>{file} を自分の写しに統合します。{ancestor}。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/merge.py"/>
        <source>What will change in your copy:</source>
        <translation>自分の写しで変わる内容：</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/merge.py"/>
        <source>Keep</source>
        <translation>残す方</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/merge.py"/>
        <source>Conflicts: both of you changed these. Choose whose change to keep.</source>
        <translation>競合：双方が変更した項目です。どちらの変更を残すかを選んでください。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/merge.py"/>
        <source>All &amp;mine</source>
        <translation>すべて自分の変更(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/merge.py"/>
        <source>All &amp;theirs</source>
        <translation>すべて同僚の変更(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/merge.py"/>
        <source>Nothing: your copy already has all of it.</source>
        <translation>なし：自分の写しにすべて含まれています。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/merge.py"/>
        <source>{changes}; {n} conflicts</source>
        <translation>{changes}、競合 {n} 件</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/merge.py"/>
        <source>No common version found</source>
        <translation>共通の版が見つかりません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/merge.py"/>
        <source>No common version of your copy and {file} was found in the library, so they cannot be merged change by change (your copy is not from the library, or {file} did not start from it). Here is how {file} differs from your copy:</source>
        <translation>自分の写しと {file} の共通の版がライブラリに見つからないため、変更ごとに統合することはできません（自分の写しがライブラリのものでないか、{file} がそこから始まっていません）。{file} と自分の写しの違いは次のとおりです：</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/merge.py"/>
        <source>Cannot merge</source>
        <translation>統合できません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/merge.py"/>
        <source>The open scenario changed while the merge was shown; merge again.</source>
        <translation>統合の表示中に開いているシナリオが変更されました。もう一度統合してください。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/merge.py"/>
        <source>The merged scenario would not be valid:
{problems}</source>
        <translation>統合したシナリオは有効になりません：
{problems}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/merge.py"/>
        <source>Merge {file}</source>
        <translation>{file} を統合</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/merge.py"/>
        <source>Nothing to merge: your copy already has it all</source>
        <translation>統合するものはありません：自分の写しにすべて含まれています</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/merge.py"/>
        <source>Merged {file}</source>
        <translation>{file} を統合しました</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/merge_menu.py"/>
        <source>&amp;Merge a colleague&apos;s file…</source>
        <translation>同僚のファイルを統合(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/io/merge_menu.py"/>
        <source>Bring a colleague&apos;s edited copy of this scenario into yours, change by change</source>
        <translation>同僚が編集したこのシナリオの写しを、変更ごとに自分の写しへ取り込みます</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library/controller.py"/>
        <source>Open from &amp;library…</source>
        <translation>ライブラリから開く(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library/controller.py"/>
        <source>Open a scenario saved in the library</source>
        <translation>ライブラリに保存されたシナリオを開きます。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library/controller.py"/>
        <source>Histor&amp;y…</source>
        <translation>版の履歴(&amp;Y)…</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library/controller.py"/>
        <source>Revisions of this scenario: compare and restore</source>
        <translation>このシナリオの版を比較し、復元します。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library/controller.py"/>
        <source>library unavailable</source>
        <translation>ライブラリ使用不可</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library/controller.py"/>
        <source>library damaged: read-only</source>
        <translation>ライブラリ破損: 読み取り専用</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library/controller.py"/>
        <source>not in the library</source>
        <translation>ライブラリ未保存</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library/controller.py"/>
        <source>revision {n}</source>
        <translation>第 {n} 版</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library/controller.py"/>
        <source>Cannot save to the library</source>
        <translation>ライブラリに保存できません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library/controller.py"/>
        <source>Save to library</source>
        <translation>ライブラリに保存</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library/controller.py"/>
        <source>What changed? (shown in the history)</source>
        <translation>変更内容を入力してください(履歴に表示されます)。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library/controller.py"/>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>Cannot save</source>
        <translation>保存できません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library/controller.py"/>
        <source>Saved as revision {n}</source>
        <translation>第 {n} 版として保存しました。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library/controller.py"/>
        <source>Someone saved first</source>
        <translation>他の人が先に保存しました</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library/controller.py"/>
        <source>Save as new branch</source>
        <translation>新しいブランチとして保存</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library/controller.py"/>
        <source>Overwrite</source>
        <translation>上書き</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library/controller.py"/>
        <source>Overwriting would change:</source>
        <translation>上書きすると次の点が変わります:</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library/controller.py"/>
        <source>They changed:</source>
        <translation>相手が変更した点:</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library/controller.py"/>
        <source>Open from library</source>
        <translation>ライブラリから開く</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library/controller.py"/>
        <source>Search by name</source>
        <translation>名前で検索</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library/controller.py"/>
        <source>Show only the scenarios whose name contains this text</source>
        <translation>名前にこの文字列を含むシナリオだけを表示します。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library/controller.py"/>
        <source>The scenarios in the library, with their latest revision</source>
        <translation>ライブラリ内のシナリオと、それぞれの最新版です。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library/controller.py"/>
        <source>Open the latest revision of the selected scenario</source>
        <translation>選択したシナリオの最新版を開きます。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library/controller.py"/>
        <source>Close without opening anything</source>
        <translation>何も開かずに閉じます。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library/controller.py"/>
        <source>{name} — revision {n}, {when} ({author})</source>
        <translation>{name} — 第 {n} 版、{when}({author})</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library/controller.py"/>
        <source>Cannot open</source>
        <translation>開けません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library/controller.py"/>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library/controller.py"/>
        <source>This scenario is not in the library yet: save it first.</source>
        <translation>このシナリオはまだライブラリにありません。先に保存してください。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library/controller.py"/>
        <source>History of &apos;{title}&apos;</source>
        <translation>「{title}」の版の履歴</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library/controller.py"/>
        <source>Revisions, newest first: select one to see what it changed, two to compare them</source>
        <translation>版の一覧です(新しい順)。1 つ選ぶとその変更内容を、2 つ選ぶと両者の違いを表示します。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library/controller.py"/>
        <source>{n}. {when} {author}: {message}</source>
        <translation>{n}. {when} {author}: {message}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library/controller.py"/>
        <source>What changed in the selected revision, or between the two selected</source>
        <translation>選択した版での変更点、または選択した 2 つの版の違いです。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library/controller.py"/>
        <source>Restore the selected revision</source>
        <translation>選択した版を復元</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library/controller.py"/>
        <source>Make it the latest again, as a new revision</source>
        <translation>選択した版を新しい版として保存し、最新版に戻します。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library/controller.py"/>
        <source>Select two revisions (Ctrl+click) to see what changed between them.</source>
        <translation>2つの版を選ぶ（Ctrl+クリック）と、その間の変更が表示されます。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library/controller.py"/>
        <source>Close the history</source>
        <translation>履歴を閉じる</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library/controller.py"/>
        <source>Revision {n}: {msg}</source>
        <translation>第 {n} 版: {msg}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library/controller.py"/>
        <source>(first revision)</source>
        <translation>(最初の版)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library/controller.py"/>
        <source>No differences.</source>
        <translation>違いはありません。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library/controller.py"/>
        <source>Cannot restore</source>
        <translation>復元できません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library/controller.py"/>
        <source>Autosave failed: {why}</source>
        <translation>自動保存に失敗しました: {why}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library/controller.py"/>
        <source>Unsaved work kept for recovery</source>
        <translation>保存していない作業を復元用に保持しました。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library/controller.py"/>
        <source>Library in use on another computer</source>
        <translation>ライブラリは別のコンピュータで使用中です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library/controller.py"/>
        <source>Open read-only</source>
        <translation>読み取り専用で開く</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library/controller.py"/>
        <source>Library unavailable</source>
        <translation>ライブラリを使用できません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library/controller.py"/>
        <source>This library is on a network drive ({path}). To keep it safe there, only one computer at a time can save in it: while Negotiator is open here, colleagues who open the same library see your name and can only read it. Saving takes a little longer than on your own disk. Close Negotiator when you are done, so that others can save.</source>
        <translation>このライブラリはネットワークドライブ上にあります（{path}）。ライブラリを安全に保つため、保存できるのは一度に 1 台のコンピュータだけです。このコンピュータで Negotiator を開いている間は、同じライブラリを開いた同僚にはあなたの名前が表示され、同僚は読み取りしかできません。保存には自分のディスクよりも少し時間がかかります。作業が終わったら、ほかの人が保存できるように Negotiator を閉じてください。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library/controller.py"/>
        <source>Library on a network drive</source>
        <translation>ネットワークドライブ上のライブラリ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library/controller.py"/>
        <source>Library damaged</source>
        <translation>ライブラリの破損</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library/controller.py"/>
        <source>a scenario not yet in the library</source>
        <translation>ライブラリ未保存のシナリオ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library/controller.py"/>
        <source>Recover unsaved work?</source>
        <translation>保存していない作業を復元しますか?</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library/controller.py"/>
        <source>Negotiator did not close normally. Unsaved work on {name} from {when} was kept. Recover it?</source>
        <translation>Negotiator は正常に終了しませんでした。{when} 時点の {name} の保存していない作業が保持されています。復元しますか?</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library/controller.py"/>
        <source>recovered work</source>
        <translation>復元した作業</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library/controller.py"/>
        <source>Cannot recover</source>
        <translation>復元できません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/beliefs_panel.py"/>
        <source>Drawing the samples</source>
        <translation>サンプルを抽出中</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/beliefs_panel.py"/>
        <source>Robust solutions</source>
        <translation>頑健な交渉解</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/beliefs_panel.py"/>
        <source>Thresholds of the Nash package</source>
        <translation>ナッシュ解パッケージの閾値</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/beliefs_panel.py"/>
        <source>Under uncertainty (ranges on the preferences)</source>
        <translation>不確実性のもとで（選好の範囲）</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/beliefs_panel.py"/>
        <source>The ranges entered on the other side&apos;s weights, scores and walk-away value, sampled: how often each package is accepted and how stable the advice is</source>
        <translation>相手側の重み・スコア・交渉決裂時の価値に入力された範囲からサンプルを抽出し、各パッケージが受け入れられる頻度と提言の安定性を示します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/beliefs_panel.py"/>
        <source>samples</source>
        <translation>サンプル</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/beliefs_panel.py"/>
        <source>Number of samples</source>
        <translation>サンプル数</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/beliefs_panel.py"/>
        <source>How many samples of the ranges are drawn (more: steadier figures, slower)</source>
        <translation>範囲から抽出するサンプル数（多いほど数値は安定し、計算は遅くなります）</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/beliefs_panel.py"/>
        <source>seed {seed}</source>
        <translation>シード{seed}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/beliefs_panel.py"/>
        <source>The samples are drawn with this fixed seed: the same figures on every run</source>
        <translation>サンプルはこの固定シードで抽出されるため、毎回同じ数値になります</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/beliefs_panel.py"/>
        <source>Stop computing the figures under uncertainty</source>
        <translation>不確実性のもとでの数値の計算を中止します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/beliefs_panel.py"/>
        <source>Compute</source>
        <translation>計算</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/beliefs_panel.py"/>
        <source>Compute the figures under uncertainty again</source>
        <translation>不確実性のもとでの数値を再計算します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/beliefs_panel.py"/>
        <source>The share of samples in which each side&apos;s utility is at least its BATNA</source>
        <translation>各当事者の効用がBATNA以上となるサンプルの割合</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/beliefs_panel.py"/>
        <source>Robust bargaining solutions: in each sample the solution&apos;s package; shown is the package that is the answer most often, and how often</source>
        <translation>頑健な交渉解：サンプルごとに解となるパッケージを求め、最も多く解となったパッケージとその頻度を示します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/beliefs_panel.py"/>
        <source>Acceptance at least</source>
        <translation>受諾率の下限</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/beliefs_panel.py"/>
        <source>The best package for us among those the other side accepts at least this often</source>
        <translation>相手側が少なくともこの頻度で受け入れるパッケージのうち、当方に最善のもの</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/beliefs_panel.py"/>
        <source>Choose it</source>
        <translation>これを選ぶ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/beliefs_panel.py"/>
        <source>Take this package as the package under discussion (undoable)</source>
        <translation>このパッケージを協議中のパッケージにします（元に戻せます）</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/beliefs_panel.py"/>
        <source>What the advice depends on (weights, tornado)</source>
        <translation>提言が何に左右されるか（重み、トルネード図）</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/beliefs_panel.py"/>
        <source>Each uncertain weight over its range: green where the Nash package stays the same, red where it changes; the tick is the point estimate</source>
        <translation>不確実な重みごとの範囲：ナッシュ解のパッケージが変わらない部分は緑、変わる部分は赤、目盛りは点推定値です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/beliefs_panel.py"/>
        <source>Computing: {stage}…</source>
        <translation>計算中：{stage}…</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/beliefs_panel.py"/>
        <source>Acceptance at least {p} %</source>
        <translation>受諾率 {p} % 以上</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/beliefs_panel.py"/>
        <source>Best package for us: stopped.</source>
        <translation>当方に最善のパッケージ：中止しました。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/beliefs_panel.py"/>
        <source>Best package for us: could not be computed ({why}).</source>
        <translation>当方に最善のパッケージ：計算できませんでした（{why}）。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/beliefs_panel.py"/>
        <source>Best for us at {p} % acceptance</source>
        <translation>受諾率 {p} % で当方に最善</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/beliefs_panel.py"/>
        <source>No ranges entered: every figure is the point estimate&apos;s.</source>
        <translation>範囲が入力されていません。すべての数値は点推定値によるものです。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/beliefs_panel.py"/>
        <source>Stopped. Press Compute to compute the figures again.</source>
        <translation>中止しました。「計算」を押すと再計算します。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/beliefs_panel.py"/>
        <source>The figures under uncertainty failed: {why}</source>
        <translation>不確実性のもとでの数値を計算できませんでした：{why}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/beliefs_panel.py"/>
        <source>Computing…</source>
        <translation>計算中…</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/beliefs_panel.py"/>
        <source>Shares are {basis}.</source>
        <translation>割合は{basis}です。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/beliefs_panel.py"/>
        <source>{party} {share}</source>
        <translation>{party} {share}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/beliefs_panel.py"/>
        <source>accepted by {parties}; by all {share}</source>
        <translation>受諾率 {parties}、全当事者 {share}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/beliefs_panel.py"/>
        <source>This package: {text} ({basis})</source>
        <translation>このパッケージ：{text}（{basis}）</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/beliefs_panel.py"/>
        <source>{solution}: no ZOPA in any sample</source>
        <translation>{solution}：どのサンプルにもZOPAがありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/beliefs_panel.py"/>
        <source>{solution}: this package in {share} of samples</source>
        <translation>{solution}：サンプルの{share}でこのパッケージ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/beliefs_panel.py"/>
        <source>{solution}: {differs}, in {share} of samples</source>
        <translation>{solution}：{differs}（サンプルの{share}）</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/beliefs_panel.py"/>
        <source>take it</source>
        <translation>これを選ぶ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/beliefs_panel.py"/>
        <source>the same choices</source>
        <translation>同じ選択</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/beliefs_panel.py"/>
        <location filename="../../src/negotiator_gui/ui/packages/named.py"/>
        <source>{issue}: {option}</source>
        <translation>{issue}: {option}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/beliefs_panel.py"/>
        <source>differs on {shown}</source>
        <translation>{shown}で異なる</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/beliefs_panel.py"/>
        <source>differs on {n} issues: {shown}, …</source>
        <translation>{n}件の論点で異なる（{shown}など）</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/beliefs_panel.py"/>
        <source>Robust {solution}</source>
        <translation>頑健な{solution}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/beliefs_panel.py"/>
        <source>Best package for us: computing…</source>
        <translation>当方に最善のパッケージ：計算中…</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/beliefs_panel.py"/>
        <source>Best package for us: the space is too large for the exact search.</source>
        <translation>当方に最善のパッケージ：空間が大きすぎて厳密に探索できません。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/beliefs_panel.py"/>
        <source>No package is accepted by the other side at least this often.</source>
        <translation>相手側がこの頻度以上で受け入れるパッケージはありません。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/beliefs_panel.py"/>
        <source>Best package for us: {u} points expected, accepted in {share} of samples.</source>
        <translation>当方に最善のパッケージ：期待効用{u}ポイント、サンプルの{share}で受諾。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/beliefs_panel.py"/>
        <source>What the advice depends on (the weights {party} gives, tornado)</source>
        <translation>提言が何に左右されるか（{party}の重み、トルネード図）</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/beliefs_panel.py"/>
        <location filename="../../src/negotiator_gui/ui/preferences/weights.py"/>
        <source>{party}: {issue}</source>
        <translation>{party}:{issue}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/beliefs_panel.py"/>
        <source>No weight has a range: the thresholds need a range on a weight.</source>
        <translation>範囲のある重みがありません。閾値には重みの範囲が必要です。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/builder.py"/>
        <source>Utilitarian (largest sum)</source>
        <translation>功利主義解(合計最大)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/builder.py"/>
        <source>Maximises the product of both sides&apos; gains over their BATNAs</source>
        <translation>双方の BATNA からの利得の積を最大化します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/builder.py"/>
        <source>Gains in proportion to what each side could hope for at best</source>
        <translation>各側が望みうる最善に比例して利得を配分します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/builder.py"/>
        <source>Maximises the smaller of the two gains over the BATNAs</source>
        <translation>BATNA からの利得のうち小さい方を最大化します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/builder.py"/>
        <source>Maximises the sum of the utilities, whoever gains</source>
        <translation>どちらが得るかにかかわらず、効用の合計を最大化します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/builder.py"/>
        <source>{solution} — no ZOPA</source>
        <translation>{solution} — ZOPA (合意可能領域) なし</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/builder.py"/>
        <source>No package is at least as good as every side&apos;s walk-away value (BATNA)</source>
        <translation>すべての側の留保価値(BATNA)以上となるパッケージはありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/builder.py"/>
        <source>({n} tied)</source>
        <translation>({n} 件が同点)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/builder.py"/>
        <source>The package this side offered (open issues keep the current choice)</source>
        <translation>この側が提案したパッケージです(未決定の論点は現在の選択のままです)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/builder.py"/>
        <source>Frontier {k}: {u}</source>
        <translation>フロンティア {k}:{u}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/builder.py"/>
        <source>A Pareto-efficient package, in the ZOPA</source>
        <translation>パレート効率的なパッケージです(ZOPA 内)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/builder.py"/>
        <source>A Pareto-efficient package, outside the ZOPA</source>
        <translation>パレート効率的なパッケージです(ZOPA 外)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/builder.py"/>
        <source>Package: one option per issue</source>
        <translation>パッケージ:論点ごとに選択肢を一つ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/builder.py"/>
        <source>Choose how each issue is settled; the results update as you choose</source>
        <translation>各論点の決着方法を選びます。選ぶと結果がすぐに更新されます</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/builder.py"/>
        <source>Suggested packages</source>
        <translation>推奨パッケージ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/builder.py"/>
        <source>Bargaining solutions, recorded offers and frontier points: Enter or double-click to take one as the package</source>
        <translation>交渉解、記録済みの提案、フロンティア上の点です。Enter キーまたはダブルクリックでパッケージとして採用します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/builder.py"/>
        <source>Suggestions</source>
        <translation>推奨</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/builder.py"/>
        <source>Utility against the BATNA (0–100)</source>
        <translation>BATNA と比べた効用(0~100)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/builder.py"/>
        <source>Each side&apos;s utility of the package (bar), its walk-away value (BATNA, tick) and its gain over that value</source>
        <translation>各側のパッケージの効用(バー)、留保価値(BATNA、目盛り)、それに対する利得</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/builder.py"/>
        <source>Euclidean distance in utility points to the nearest Pareto-frontier point and to the Nash solution; 0 to the frontier means no package is better for both</source>
        <translation>最も近いパレートフロンティア上の点およびナッシュ解までの、効用ポイントでのユークリッド距離です。フロンティアまでの距離が 0 なら、双方にとってより良いパッケージはありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/builder.py"/>
        <source>Economic indicators (trade model, from the base year)</source>
        <translation>経済指標(貿易モデル、基準年比)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/builder.py"/>
        <source>Computed in the background; they follow the package and the tariffs</source>
        <translation>バックグラウンドで計算され、パッケージと関税の変更に追従します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/builder.py"/>
        <source>The indicators are yearly flows averaged over this window: each tariff counts for the days it is in force, on its scheduled legal path</source>
        <translation>指標はこの期間で平均した年間の値です:各関税は予定どおりの法的な推移で、発効している日数分だけ数えます</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/builder.py"/>
        <source>What the scenario&apos;s flow table holds of the trade behind the balance</source>
        <translation>収支の元になる貿易のうち、シナリオのフロー表にある分</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/builder.py"/>
        <source>Record as an offer</source>
        <translation>提案として記録</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/builder.py"/>
        <source>The side that makes this offer</source>
        <translation>この提案を行う側です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/builder.py"/>
        <source>Offer by</source>
        <translation>提案する側</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/builder.py"/>
        <source>The negotiating round (one after the latest recorded offer)</source>
        <translation>交渉ラウンドです(最新の記録済み提案の次のラウンド)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/builder.py"/>
        <source>Record as offer</source>
        <translation>提案として記録</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/builder.py"/>
        <source>Add the package as this side&apos;s offer in this round (undoable)</source>
        <translation>このパッケージを、この側のこのラウンドでの提案として追加します(元に戻せます)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/builder.py"/>
        <source>How &apos;{issue}&apos; is settled in the package</source>
        <translation>パッケージでの「{issue}」の決着方法です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/builder.py"/>
        <source>Frontier {k}</source>
        <translation>フロンティア {k}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/builder.py"/>
        <source>accepted {share}</source>
        <translation>受諾率 {share}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/builder.py"/>
        <source>{party}: bar = utility of the package, tick = walk-away value (BATNA)</source>
        <translation>{party}:バー=パッケージの効用、目盛り=留保価値(BATNA)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/builder.py"/>
        <source>&lt;b&gt;{u}&lt;/b&gt; pts · BATNA {r} · &lt;span style=&apos;color:{colour}&apos;&gt;gain {g}&lt;/span&gt;</source>
        <translation>&lt;b&gt;{u}&lt;/b&gt; 点 · BATNA {r} · &lt;span style=&apos;color:{colour}&apos;&gt;利得 {g}&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/builder.py"/>
        <source>Distance to the frontier: {d} pts</source>
        <translation>フロンティアまでの距離:{d} 点</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/builder.py"/>
        <source>to Nash: {d} pts</source>
        <translation>ナッシュ解まで:{d} 点</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/builder.py"/>
        <source>no Nash solution (empty ZOPA)</source>
        <translation>ナッシュ解なし(ZOPA が空)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/builder.py"/>
        <source>Indicators need two negotiating parties</source>
        <translation>指標の計算には交渉当事者が 2 つ必要です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/builder.py"/>
        <source>Exports after the package&apos;s tariffs, against the base year</source>
        <translation>パッケージの関税適用後の輸出(基準年比)です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/builder.py"/>
        <source>Duties paid on {a}&apos;s exports to {b} under the package</source>
        <translation>パッケージの下で {a} の対{b}輸出に課される関税額です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/builder.py"/>
        <source>Exports minus imports with {b}, commitments included</source>
        <translation>{b} との輸出額から輸入額を差し引いた額です(コミットメントを含む)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/builder.py"/>
        <source>Net yearly purchases promised in the package&apos;s commitments</source>
        <translation>パッケージのコミットメントで約束された年間の純購入額です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/builder.py"/>
        <source>Recorded as {party}&apos;s offer of round {n}</source>
        <translation>{party} のラウンド {n} の提案として記録しました</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/named.py"/>
        <source>(no issue chosen)</source>
        <translation>(選択された論点はありません)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/named.py"/>
        <source>Packages kept with the scenario; double-click one to discuss it</source>
        <translation>シナリオとともに保存されたパッケージです。ダブルクリックすると検討中のパッケージになります</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/named.py"/>
        <source>New from current…</source>
        <translation>現在のパッケージから作成…</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/named.py"/>
        <source>Keep the package under discussion under a name</source>
        <translation>検討中のパッケージに名前を付けて保存します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/named.py"/>
        <source>Choose</source>
        <translation>選択</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/named.py"/>
        <source>Make this package the one under discussion</source>
        <translation>このパッケージを検討中のパッケージにします</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/named.py"/>
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/named.py"/>
        <source>Give this package another name</source>
        <translation>このパッケージの名前を変更します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/named.py"/>
        <source>Note…</source>
        <translation>メモ…</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/named.py"/>
        <source>Write a note on this package</source>
        <translation>このパッケージにメモを書きます</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/named.py"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/named.py"/>
        <source>Delete this package (Ctrl+Z brings it back)</source>
        <translation>このパッケージを削除します (Ctrl+Z で元に戻せます)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/named.py"/>
        <source>{name} (under discussion)</source>
        <translation>{name} (検討中)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/named.py"/>
        <source>New package</source>
        <translation>新しいパッケージ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/named.py"/>
        <source>Name of the package:</source>
        <translation>パッケージの名前:</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/named.py"/>
        <source>This package is already under discussion.</source>
        <translation>このパッケージはすでに検討中です。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/named.py"/>
        <source>Rename package</source>
        <translation>パッケージの名前を変更</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/named.py"/>
        <source>New name:</source>
        <translation>新しい名前:</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/named.py"/>
        <source>Note on package</source>
        <translation>パッケージのメモ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/named.py"/>
        <source>Note on &apos;{name}&apos;:</source>
        <translation>「{name}」のメモ:</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/panels.py"/>
        <location filename="../../src/negotiator_gui/ui/shell/welcome.py"/>
        <source>Package builder</source>
        <translation>パッケージ作成</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/panels.py"/>
        <source>Build a package, compare it with the BATNAs and record it as an offer</source>
        <translation>パッケージを作成し、BATNA と比較して提案として記録します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/panels.py"/>
        <source>Saved packages</source>
        <translation>保存したパッケージ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/panels.py"/>
        <source>Packages kept with the scenario, with notes: choose, rename or delete them</source>
        <translation>シナリオとともに保存したメモ付きのパッケージ。選択、名前の変更、削除ができます</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/zopa_status.py"/>
        <source>ZOPA: —</source>
        <translation>ZOPA: —</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/zopa_status.py"/>
        <source>ZOPA: {n} packages ({p}%)</source>
        <translation>ZOPA: {n} 件のパッケージ({p}%)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/zopa_status.py"/>
        <source>ZOPA: about {p}% of {size} packages</source>
        <translation>ZOPA: {size} 件のパッケージの約 {p}%</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/packages/zopa_status.py"/>
        <source>ZOPA: the packages that every side prefers to no deal (its BATNA), counted over the whole package space (sampled when the space is very large)</source>
        <translation>ZOPA(合意可能領域): すべての側が合意なし(BATNA)より好むパッケージです。パッケージ空間全体で数えます(空間が非常に大きい場合は標本から推計します)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/editor.py"/>
        <source>Why the last change was refused; the scenario was left as it was</source>
        <translation>直前の変更が受け付けられなかった理由です。シナリオは変更されていません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/editor.py"/>
        <source>Tariff effects</source>
        <translation>関税効果</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/editor.py"/>
        <source>Tariff changes this option makes if it is agreed</source>
        <translation>この選択肢で合意した場合の関税の変更です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/editor.py"/>
        <source>Commitments</source>
        <translation>コミットメント</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/editor.py"/>
        <source>Purchases, investment, market access and other promises this option brings</source>
        <translation>この選択肢に伴う購入、投資、市場アクセスなどの約束です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/editor.py"/>
        <source>Add to the selected option ({key})</source>
        <translation>選択中の選択肢に追加します ({key})</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/editor.py"/>
        <source>Remove the selected row ({key})</source>
        <translation>選択中の行を削除します ({key})</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/editor.py"/>
        <source>Select an option to see its effects</source>
        <translation>選択肢を選ぶと効果が表示されます</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/editor.py"/>
        <source>Issues and options</source>
        <translation>論点と選択肢</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/editor.py"/>
        <source>Each option&apos;s score for each party (0–100). F2 or typing edits a cell; Insert adds an option, Delete removes it, Ctrl+Up/Down reorders</source>
        <translation>各当事者による各選択肢の評点(0~100)です。F2 キーまたは入力でセルを編集します。Ins キーで選択肢を追加、Del キーで削除、Ctrl+上下キーで並べ替えます</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/editor.py"/>
        <source>{tip} ({key})</source>
        <translation>{tip} ({key})</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/editor.py"/>
        <source>Add an option to the current issue</source>
        <translation>現在の論点に選択肢を追加します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/editor.py"/>
        <source>Remove the current option</source>
        <translation>現在の選択肢を削除します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/editor.py"/>
        <source>Move the option up within its issue</source>
        <translation>選択肢を論点内で上に移動します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/editor.py"/>
        <source>Move the option down within its issue</source>
        <translation>選択肢を論点内で下に移動します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/editor.py"/>
        <source>Add an issue after the current one</source>
        <translation>現在の論点の後に論点を追加します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/editor.py"/>
        <source>Remove the current issue with its options and scores</source>
        <translation>現在の論点を、その選択肢と評点とともに削除します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/editor.py"/>
        <source>Move the whole issue up</source>
        <translation>論点全体を上に移動します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/editor.py"/>
        <source>Move the whole issue down</source>
        <translation>論点全体を下に移動します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/editor.py"/>
        <source>Option:</source>
        <translation>選択肢:</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/editor.py"/>
        <source>Issue:</source>
        <translation>論点:</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/editor.py"/>
        <source>New option {n}</source>
        <translation>新しい選択肢 {n}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/editor.py"/>
        <source>New issue</source>
        <translation>新しい論点</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/editor.py"/>
        <source>Status quo</source>
        <translation>現状</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/models.py"/>
        <source>The issue under negotiation</source>
        <translation>交渉中の論点です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/models.py"/>
        <source>One way the issue could be settled; double-click or F2 to rename it</source>
        <translation>論点の決着方法の一つです。ダブルクリックまたは F2 キーで名前を変更できます</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/models.py"/>
        <source>{party} range</source>
        <translation>{party} 幅</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/models.py"/>
        <source>How far {party}&apos;s score of each option may plausibly be off: type low–high (30–50) or ±points (±10); empty for none. Grey: the band of the party&apos;s confidence level</source>
        <translation>{party}の各選択肢のスコアがどこまでずれうるか：「下限～上限」（30～50）または「±ポイント」（±10）で入力し、幅なしなら空欄。灰色：その当事者の確信度による幅</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/models.py"/>
        <source>{party}&apos;s score of each option, 0 (worst) to 100 (best)</source>
        <translation>{party} による各選択肢の評点です(0 = 最悪、100 = 最良)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/models.py"/>
        <source>{n} tariff effect</source>
        <translation>関税効果 {n} 件</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/models.py"/>
        <source>{n} tariff effects</source>
        <translation>関税効果 {n} 件</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/models.py"/>
        <source>{party} has not scored this option (it counts 0)</source>
        <translation>{party} はこの選択肢を評価していません(0 として扱います)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/models.py"/>
        <source>{party}&apos;s score of &apos;{option}&apos;: {v} of 100</source>
        <translation>{party} による「{option}」の評点:{v} / 100</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/models.py"/>
        <source>No range on {party}&apos;s score of &apos;{option}&apos;: type low–high or ±points</source>
        <translation>{party}の「{option}」のスコアに幅はない：「下限～上限」または「±ポイント」で入力する</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/models.py"/>
        <source>{party}&apos;s score of &apos;{option}&apos; may plausibly lie in {lo}–{hi}</source>
        <translation>{party}の「{option}」のスコアは{lo}～{hi}の範囲にありうる</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/models.py"/>
        <source>{party}&apos;s score of &apos;{option}&apos;: {lo}–{hi} from the party&apos;s confidence level; type a range to set one of its own</source>
        <translation>{party}の「{option}」のスコア：当事者の確信度による{lo}～{hi}。独自の幅を付けるには幅を入力する</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/models.py"/>
        <source>An option needs a label</source>
        <translation>選択肢には名前が必要です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/models.py"/>
        <source>A score is a number from 0 to 100, not {v!r}</source>
        <translation>評点は 0~100 の数値で入力してください({v!r} は使えません)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/models.py"/>
        <source>Give the option a score before its range</source>
        <translation>幅の前に選択肢のスコアを入力してください</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/models.py"/>
        <source>{what} must be a number, not {v!r}</source>
        <translation>{what}は数値で入力してください({v!r} は使えません)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/models.py"/>
        <source>Operator</source>
        <translation>変更方法</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/models.py"/>
        <source>How the option changes the tariff (new rate, cut, Swiss formula…)</source>
        <translation>この選択肢による関税の変更方法です(新税率、削減、スイス・フォーミュラなど)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/models.py"/>
        <source>The tariff measure the effect changes</source>
        <translation>この効果が変更する関税措置です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/models.py"/>
        <source>Rate or cut in percent; the Swiss formula&apos;s coefficient as typed</source>
        <translation>税率または削減率(%)です。スイス・フォーミュラの場合は係数をそのまま入力します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/models.py"/>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/models.py"/>
        <source>Why, or where the number comes from</source>
        <translation>理由、または数値の出典です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/models.py"/>
        <source>Adds a new measure; edit it in the tariff editor</source>
        <translation>新しい措置を追加します。内容は関税エディタで編集してください</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/models.py"/>
        <source>unknown operator {v!r}</source>
        <translation>不明な変更方法です: {v!r}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/models.py"/>
        <source>The value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/models.py"/>
        <source>Purchase, investment, market access, standards…</source>
        <translation>購入、投資、市場アクセス、基準など</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/models.py"/>
        <source>By</source>
        <translation>約束する側</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/models.py"/>
        <source>The party that commits</source>
        <translation>約束する当事者です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/models.py"/>
        <source>Commitment</source>
        <translation>コミットメント</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/models.py"/>
        <source>What is promised</source>
        <translation>約束の内容です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/models.py"/>
        <source>Amount</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/models.py"/>
        <source>How much, in the unit on the right</source>
        <translation>数量です(単位は右の列)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/models.py"/>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/models.py"/>
        <source>The amount&apos;s unit (Mt/yr, USD bn…)</source>
        <translation>数量の単位です(Mt/年、10億USD など)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/models.py"/>
        <source>US$ bn/yr</source>
        <translation>10億米ドル/年</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/models.py"/>
        <source>Estimated extra purchases a year, counted in the bilateral balance; blank if none</source>
        <translation>年間の追加購入額の見積もりです。二国間の貿易収支に算入されます。該当しない場合は空欄にします</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/models.py"/>
        <source>US$ {v} a year</source>
        <translation>年間 {v} 米ドル</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/models.py"/>
        <source>unknown kind of commitment {v!r}</source>
        <translation>不明なコミットメントの種類です: {v!r}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/models.py"/>
        <source>The amount</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/models.py"/>
        <source>The yearly value</source>
        <translation>年間の金額</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/models.py"/>
        <source>A commitment needs a label</source>
        <translation>コミットメントには名前が必要です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/models.py"/>
        <source>Type a value, or use the arrow keys; Enter to apply</source>
        <translation>値を入力するか矢印キーで調整し、Enter キーで確定します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/panels.py"/>
        <source>Issues and preferences</source>
        <translation>論点と選好</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/panels.py"/>
        <source>Issues, options, scores, weights, reservation values and option effects</source>
        <translation>論点、選択肢、評点、ウェイト、留保価値、選択肢の効果</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/weights.py"/>
        <source>How much each issue matters to {party}: 100 points shared out</source>
        <translation>{party} にとっての各論点の重要度です(合計 100 ポイントを配分)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/weights.py"/>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/weights.py"/>
        <source>Reservation value (BATNA)</source>
        <translation>留保価値 (BATNA)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/weights.py"/>
        <source>The utility of no deal, 0–100: a package below it is worse than walking away</source>
        <translation>合意しない場合の効用(0~100)です。これを下回るパッケージは交渉決裂より不利です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/weights.py"/>
        <source>Confidence</source>
        <translation>確信度</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/weights.py"/>
        <source>How sure the team is of a party&apos;s numbers, for those without a range of their own</source>
        <translation>当事者の数値に対するチームの確信度（独自の幅をもたない数値に適用）</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/weights.py"/>
        <source>A party&apos;s weights always share 100 points</source>
        <translation>当事者のウェイトは常に合計 100 ポイントです</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/weights.py"/>
        <source>{t} points</source>
        <translation>{t} 点</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/weights.py"/>
        <source>pts</source>
        <translation>点</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/weights.py"/>
        <source>{party}&apos;s reservation value: the utility (0–100) of its best alternative to a deal</source>
        <translation>{party} の留保価値:交渉決裂時の最善の代替案の効用(0~100)です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/weights.py"/>
        <source>{party} reservation range</source>
        <translation>{party} 留保値の幅</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/weights.py"/>
        <source>How far {party}&apos;s reservation value may plausibly be off: low–high (40–55) or ±points (±5); empty for none</source>
        <translation>{party}の留保値がどこまでずれうるか：「下限～上限」（40～55）または「±ポイント」（±5）で入力し、幅なしなら空欄</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/weights.py"/>
        <source>No confidence band</source>
        <translation>確信度による幅なし</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/weights.py"/>
        <source>{level} (±{w} points)</source>
        <translation>{level}（±{w}ポイント）</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/weights.py"/>
        <source>{party} confidence</source>
        <translation>{party} 確信度</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/weights.py"/>
        <source>How sure the team is of {party}&apos;s numbers: every weight, score and reservation value without a range of its own gets this band</source>
        <translation>{party}の数値に対するチームの確信度：独自の幅をもたないすべてのウェイト、スコア、留保値にこの幅が付く</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/weights.py"/>
        <source>How the other weights follow a change</source>
        <translation>ある重みを変えたときの他の重みの動き</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/weights.py"/>
        <source>Changing one weight rescales that party&apos;s unlocked other weights in proportion, so the total stays 100; a locked weight keeps its value.</source>
        <translation>重みを一つ変えると、その当事者のロックされていない他の重みが比例して調整され、合計は100のままです。ロックした重みは変わりません。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/weights.py"/>
        <source>{party}&apos;s weight of &apos;{issue}&apos;. Drag or use the arrow keys; the unlocked other issues make room so the total stays 100</source>
        <translation>{party} の「{issue}」のウェイトです。ドラッグまたは矢印キーで調整します。合計が 100 に保たれるよう、ロックされていない他の論点が調整されます</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/weights.py"/>
        <source>{party}: {issue} (points)</source>
        <translation>{party}: {issue}（点）</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/weights.py"/>
        <source>Points out of 100: type a value or use the arrow keys (0.5 points a step); the unlocked other issues are rescaled in proportion so the total stays 100</source>
        <translation>100点中の点数：値を入力するか矢印キーで変更します（1回0.5点）。合計が100のままになるよう、ロックされていない他の論点が比例して調整されます</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/weights.py"/>
        <source>{party}: {issue} (range)</source>
        <translation>{party}：{issue}（幅）</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/weights.py"/>
        <source>How far {party}&apos;s weight of &apos;{issue}&apos; may plausibly be off: low–high (15–25) or ±points (±5); empty for none. Grey: the band of the confidence level</source>
        <translation>{party}の「{issue}」のウェイトがどこまでずれうるか：「下限～上限」（15～25）または「±ポイント」（±5）で入力し、幅なしなら空欄。灰色：確信度による幅</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/weights.py"/>
        <source>Lock {party}&apos;s weight of &apos;{issue}&apos;: other sliders leave it as it is</source>
        <translation>{party} の「{issue}」のウェイトをロックします。他のスライダーを動かしても変わりません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/weights.py"/>
        <source>Lock {party} {issue}</source>
        <translation>{party} の {issue} をロック</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences/weights.py"/>
        <source>Give the issue a weight before its range</source>
        <translation>幅の前に論点のウェイトを入力してください</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/printing/actions.py"/>
        <source>What to print:</source>
        <translation>印刷するもの：</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/printing/actions.py"/>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/printing/actions.py"/>
        <source>Print the boards, the options matrix or the minister&apos;s brief</source>
        <translation>ボード、オプション・マトリクス、または大臣向けブリーフを印刷します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/printing/actions.py"/>
        <source>Print pre&amp;view…</source>
        <translation>印刷プレビュー(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/printing/actions.py"/>
        <source>See the pages of the boards, the options matrix or the brief before printing</source>
        <translation>印刷する前に、ボード、オプション・マトリクス、またはブリーフのページを確認します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/printing/actions.py"/>
        <source>Cannot print</source>
        <translation>印刷できません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/printing/actions.py"/>
        <source>Cancelled: nothing was printed</source>
        <translation>キャンセルしました。何も印刷されていません。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/printing/actions.py"/>
        <source>Preparing {doc}…</source>
        <translation>{doc}を準備しています…</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/printing/actions.py"/>
        <source>Print</source>
        <translation>印刷</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/printing/actions.py"/>
        <source>The printer could not be used.</source>
        <translation>プリンターを使用できませんでした。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/printing/actions.py"/>
        <source>Printed: {doc}</source>
        <translation>印刷しました：{doc}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/printing/actions.py"/>
        <source>Print preview</source>
        <translation>印刷プレビュー</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/printing/actions.py"/>
        <source>Print preview — {doc}</source>
        <translation>印刷プレビュー — {doc}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/printing/documents.py"/>
        <source>Boards — {title}</source>
        <translation>ボード — {title}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/printing/documents.py"/>
        <source>CONFIDENTIAL</source>
        <translation>機密</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/printing/documents.py"/>
        <source>Issue and option</source>
        <translation>論点と選択肢</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/printing/documents.py"/>
        <source>Board of {party}</source>
        <translation>{party}のボード</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/printing/documents.py"/>
        <source>Cards: {n}</source>
        <translation>カード：{n} 枚</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/printing/documents.py"/>
        <source>No cards.</source>
        <translation>カードはありません。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/printing/documents.py"/>
        <source>Listed: {n}</source>
        <translation>掲載：{n} 件</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/printing/documents.py"/>
        <source>Recommended packages (the bargaining solutions) first, then the other packages in the ZOPA, then the rest; each group by {party}&apos;s utility.</source>
        <translation>推奨パッケージ（交渉解）を先頭に、次に ZOPA 内のその他のパッケージ、最後に残りを並べています。各グループ内は{party}の効用の順です。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/printing/documents.py"/>
        <source>scores 0–100 and weighted points</source>
        <translation>スコア 0〜100 と加重ポイント</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/printing/kinds.py"/>
        <source>Boards (every side&apos;s cards, by lane)</source>
        <translation>ボード（各側のカード、レーン別）</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/printing/kinds.py"/>
        <source>Options matrix (candidate packages and options)</source>
        <translation>オプション・マトリクス（候補パッケージと選択肢）</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/printing/kinds.py"/>
        <source>Minister&apos;s brief (one or two pages)</source>
        <translation>大臣向けブリーフ（1〜2 ページ）</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/help_guide.py"/>
        <source>Negotiator quick guide</source>
        <translation>Negotiator クイックガイド</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/help_guide.py"/>
        <source>The quick guide; links jump to its sections</source>
        <translation>クイックガイド(リンクで各節に移動します)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/help_guide.py"/>
        <source>Close the guide</source>
        <translation>ガイドを閉じます</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/language.py"/>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/layouts.py"/>
        <source>&amp;Boards focus</source>
        <translation>ボード集中表示(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/layouts.py"/>
        <source>Give the boards the whole window; the charts and panels stay one click away</source>
        <translation>ボードにウィンドウ全体を使います。グラフとパネルはワンクリックで表示できます</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/layouts.py"/>
        <source>Boards focus</source>
        <translation>ボード集中表示</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/layouts.py"/>
        <source>Charts and panels while the boards have the window</source>
        <translation>ボード集中表示中のグラフとパネル</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/layouts.py"/>
        <source>Show or hide the chart &apos;{name}&apos;</source>
        <translation>グラフ「{name}」を表示または非表示にします</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/layouts.py"/>
        <source>Panels</source>
        <translation>パネル</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/layouts.py"/>
        <source>Show every panel (leave Boards focus)</source>
        <translation>すべてのパネルを表示（ボード集中表示を終了）</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/layouts.py"/>
        <source>Panels ▾</source>
        <translation>パネル ▾</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/layouts.py"/>
        <source>Bring any panel back in one click</source>
        <translation>どのパネルもワンクリックで表示し直せます</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/layouts.py"/>
        <source>Boards focus is on for this screen: the charts are in the tool bar, and Ctrl+Shift+F brings every panel back.</source>
        <translation>この画面ではボード集中表示になっています。グラフはツールバーから表示でき、Ctrl+Shift+F ですべてのパネルが戻ります。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>New scenario</source>
        <translation>新しいシナリオ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>Our side</source>
        <translation>自国側</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>Other side</source>
        <translation>相手側</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>Every change since the scenario was opened; click one to go back to it</source>
        <translation>シナリオを開いてからのすべての変更です。クリックするとその時点に戻ります。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>&lt;original&gt;</source>
        <translation>&lt;開いた時点&gt;</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>Where the scenario is saved, how many cards it has and its as-of date</source>
        <translation>シナリオの保存先、カード数、基準日です。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>The date the tariff view shows rates for</source>
        <translation>関税ビューが税率を表示している日付です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>Start a new scenario</source>
        <translation>新しいシナリオを作成します。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>&amp;Open file…</source>
        <translation>ファイルを開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>Open a scenario file</source>
        <translation>シナリオファイルを開きます。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>Save the scenario to the library, with a message</source>
        <translation>変更内容のメッセージを付けて、シナリオをライブラリに保存します。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>Save &amp;as file…</source>
        <translation>ファイルとして保存(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>Save the scenario to a new file</source>
        <translation>シナリオを新しいファイルに保存します。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>&amp;Revert</source>
        <translation>保存時点に戻す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>Discard unsaved changes</source>
        <translation>保存していない変更を破棄します。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>Close Negotiator</source>
        <translation>Negotiator を終了します。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>New &amp;card…</source>
        <translation>新しいカード(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>Add a card to the selected board</source>
        <translation>選択中のボードにカードを追加します。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>&amp;Edit card…</source>
        <translation>カードを編集(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>Edit the selected card</source>
        <translation>選択中のカードを編集します。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>D&amp;uplicate card</source>
        <translation>カードを複製(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>Copy the selected card</source>
        <translation>選択中のカードを複製します。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>&amp;Delete card</source>
        <translation>カードを削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>Delete the selected card</source>
        <translation>選択中のカードを削除します。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>&amp;Find cards</source>
        <translation>カードを検索(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>Filter the boards by text</source>
        <translation>ボードのカードを文字列で絞り込みます。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>&amp;History panel</source>
        <translation>履歴パネル(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>Show or hide the list of changes (undo history)</source>
        <translation>変更の一覧(元に戻す履歴)の表示・非表示を切り替えます。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>&amp;About Negotiator</source>
        <translation>Negotiator について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>The version of Negotiator</source>
        <translation>Negotiator のバージョンを表示します。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>Open &amp;recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>&amp;Reset layout</source>
        <translation>レイアウトを元に戻す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>Put every panel back where it starts, in its tab group</source>
        <translation>すべてのパネルを初期位置とタブのまとまりに戻します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>&amp;Scenario</source>
        <translation>シナリオ(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>Filter cards by text, issue or tag</source>
        <translation>文字列・論点・タグでカードを絞り込み</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>Show only the cards whose title, notes, tags or issue match</source>
        <translation>タイトル、メモ、タグまたは論点が一致するカードだけを表示します。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>How many of the boards&apos; cards the filter shows</source>
        <translation>ボード上のカードのうち絞り込みで表示されている枚数</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>Tariffs on {date}</source>
        <translation>{date} 時点の関税</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>Undo the last change</source>
        <translation>直前の変更を元に戻します。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>Redo the change just undone</source>
        <translation>元に戻した変更をやり直します。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>no file</source>
        <translation>ファイルなし</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>{n} of {total} cards</source>
        <translation>{total} 枚中 {n} 枚</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>Unsaved changes</source>
        <translation>保存していない変更</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>&apos;{title}&apos; has unsaved changes. Save them first?</source>
        <translation>「{title}」には保存していない変更があります。先に保存しますか?</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>Open scenario</source>
        <translation>シナリオを開く</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>Opened {path}</source>
        <translation>{path} を開きました。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>Cannot open the file</source>
        <translation>ファイルを開けません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>Save scenario as</source>
        <translation>シナリオに名前を付けて保存</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>Saved {path}</source>
        <translation>{path} に保存しました。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>Revert</source>
        <translation>保存時点に戻す</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>Discard all unsaved changes to &apos;{title}&apos;?</source>
        <translation>「{title}」の保存していない変更をすべて破棄しますか?</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>Cannot make that change</source>
        <translation>その変更はできません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>{title} (copy)</source>
        <translation>{title}(コピー)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>About Negotiator</source>
        <translation>Negotiator について</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/main_window.py"/>
        <source>Negotiator {version}
Plan a tariff negotiation, offline.</source>
        <translation>Negotiator {version}
関税交渉をオフラインで計画します。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/settings_dialog.py"/>
        <source>Enter where the library file is to be kept.</source>
        <translation>ライブラリファイルの保存場所を入力してください。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/settings_dialog.py"/>
        <source>The library location must be a full path, such as {example}.</source>
        <translation>ライブラリの場所は、{example} のような完全なパスで指定してください。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/settings_dialog.py"/>
        <source>{path} is not a file.</source>
        <translation>{path} はファイルではありません。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/settings_dialog.py"/>
        <source>{path} is a file, not a folder: the library cannot be kept inside it.</source>
        <translation>{path} はフォルダーではなくファイルのため、その中にライブラリを置くことはできません。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/settings_dialog.py"/>
        <source>The folder {folder} cannot be written: choose a folder where you can save files.</source>
        <translation>フォルダー {folder} には書き込めません。ファイルを保存できるフォルダーを選択してください。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/settings_dialog.py"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/settings_dialog.py"/>
        <source>The language of the window and the quick guide; applies at the next start</source>
        <translation>画面とクイックガイドの言語(次回起動時から適用)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/settings_dialog.py"/>
        <source>Takes effect the next time Negotiator starts.</source>
        <translation>次回 Negotiator を起動したときから有効になります。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/settings_dialog.py"/>
        <source>The translation is loaded when the application starts</source>
        <translation>翻訳はアプリケーションの起動時に読み込まれます</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/settings_dialog.py"/>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/settings_dialog.py"/>
        <source>The colours of the window and the charts; applies at once</source>
        <translation>画面とグラフの配色(すぐに適用)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/settings_dialog.py"/>
        <source>&amp;Theme:</source>
        <translation>テーマ(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/settings_dialog.py"/>
        <source>The name recorded as the author of the revisions you save in the library</source>
        <translation>ライブラリに保存する版の作成者として記録される名前</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/settings_dialog.py"/>
        <source>&amp;Author name:</source>
        <translation>作成者名(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/settings_dialog.py"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/settings_dialog.py"/>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/settings_dialog.py"/>
        <source>Seconds after your last edit before unsaved work is kept for recovery after a crash; 0 turns it off</source>
        <translation>最後の編集から未保存の作業を異常終了時の復旧用に保存するまでの秒数(0 で無効)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/settings_dialog.py"/>
        <source>Auto&amp;save after:</source>
        <translation>自動保存までの時間(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/settings_dialog.py"/>
        <source>Linear</source>
        <translation>線形</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/settings_dialog.py"/>
        <source>Exact</source>
        <translation>厳密</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/settings_dialog.py"/>
        <source>The trade model the impact chart starts with; you can still switch it there</source>
        <translation>影響グラフが最初に使う貿易モデル(グラフ上でも切り替えられます)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/settings_dialog.py"/>
        <source>Default trade &amp;model:</source>
        <translation>既定の貿易モデル(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/settings_dialog.py"/>
        <source>The library file where scenarios and their revisions are saved; changing it opens (or creates) the library there</source>
        <translation>シナリオとその版を保存するライブラリファイル。変更すると、その場所のライブラリを開きます(なければ作成します)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/settings_dialog.py"/>
        <source>Choose the library file, or where to create a new one</source>
        <translation>ライブラリファイル、または新しく作成する場所を選択します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/settings_dialog.py"/>
        <source>Library &amp;file:</source>
        <translation>ライブラリファイル(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/settings_dialog.py"/>
        <source>What must be corrected before the settings can be saved</source>
        <translation>設定を保存する前に修正が必要な点</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/settings_dialog.py"/>
        <source>Save the settings and close</source>
        <translation>設定を保存して閉じます</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/settings_dialog.py"/>
        <source>Close without changing anything</source>
        <translation>何も変更せずに閉じます</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/settings_dialog.py"/>
        <source>Save the settings and keep the dialog open</source>
        <translation>設定を保存し、ダイアログは開いたままにします</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/settings_dialog.py"/>
        <source>Put the default values in the fields (saved by OK or Apply)</source>
        <translation>各欄を既定値に戻します(OK または適用で保存されます)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/settings_dialog.py"/>
        <source>Enter an author name (it is recorded with every revision you save).</source>
        <translation>作成者名を入力してください(保存するすべての版に記録されます)。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/settings_dialog.py"/>
        <source>The author name must fit on one line.</source>
        <translation>作成者名は 1 行で入力してください。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/settings_dialog.py"/>
        <source>Change the library</source>
        <translation>ライブラリの変更</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/settings_dialog.py"/>
        <source>Use the library at {new} from now on?

The scenarios saved in {old} stay there. The open scenario stays open, with any unsaved changes; the next save puts it into the new library.</source>
        <translation>今後は {new} のライブラリを使用しますか?

{old} に保存されたシナリオはそのまま残ります。開いているシナリオは未保存の変更も含めて開いたままで、次に保存したときに新しいライブラリに保存されます。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/settings_dialog.py"/>
        <source>The library cannot be moved there: {why}</source>
        <translation>ライブラリをその場所に変更できません: {why}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/settings_dialog.py"/>
        <source>Settings saved</source>
        <translation>設定を保存しました</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/settings_dialog.py"/>
        <source>Library file</source>
        <translation>ライブラリファイル</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/settings_dialog.py"/>
        <source>Negotiator library (*.sqlite *.db);;All files (*)</source>
        <translation>Negotiator ライブラリ (*.sqlite *.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/settings_dialog.py"/>
        <source>Se&amp;ttings…</source>
        <translation>設定(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/settings_dialog.py"/>
        <source>Language, theme, author name, autosave, trade model and library</source>
        <translation>言語、テーマ、作成者名、自動保存、貿易モデル、ライブラリ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/theme.py"/>
        <source>&amp;System</source>
        <translation>システム(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/theme.py"/>
        <source>&amp;Light</source>
        <translation>ライト(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/theme.py"/>
        <source>&amp;Dark</source>
        <translation>ダーク(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/theme.py"/>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/theme.py"/>
        <source>Follow the colours of the operating system</source>
        <translation>オペレーティングシステムの配色に合わせます。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/theme.py"/>
        <source>Dark text on a light background, in the window and every chart</source>
        <translation>ウィンドウとすべてのグラフを、明るい背景に濃い文字で表示します。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/theme.py"/>
        <source>Light text on a dark background, for dim rooms</source>
        <translation>暗い背景に明るい文字で表示します。照明を落とした部屋に適しています。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/welcome.py"/>
        <source>Where to start</source>
        <translation>はじめに</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/welcome.py"/>
        <source>Welcome to Negotiator</source>
        <translation>Negotiator へようこそ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/welcome.py"/>
        <source>A short tour of the window</source>
        <translation>画面の簡単な案内</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/welcome.py"/>
        <source>The US–Japan tariff talks of April 2025 are open as an example. Everything you change can be undone (Ctrl+Z) and is kept for recovery until you save it to the library (Ctrl+S).</source>
        <translation>例として 2025 年 4 月の日米関税協議が開いています。すべての変更は元に戻すことができ(Ctrl+Z)、ライブラリに保存する(Ctrl+S)までは復旧用に保持されます。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/welcome.py"/>
        <source>What is open now</source>
        <translation>現在開いているもの</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/welcome.py"/>
        <source>Each side&apos;s demands, concessions and red lines, in lanes. Drag a card to move it.</source>
        <translation>各当事者の要求・譲歩・レッドラインをレーンごとに表示します。カードはドラッグで移動できます。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/welcome.py"/>
        <source>Put the keyboard focus on our side&apos;s board</source>
        <translation>自国側のボードにキーボードのフォーカスを移します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/welcome.py"/>
        <source>Measures in force, each product line&apos;s rate on any date, and cuts to try.</source>
        <translation>発効中の措置、任意の日付における品目ごとの税率、引下げの試算。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/welcome.py"/>
        <source>Where packages lie for both sides, the frontier, and the trade each one moves.</source>
        <translation>双方にとってのパッケージの位置、フロンティア、各パッケージによる貿易の変化。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/welcome.py"/>
        <source>Pick one option per issue and see it against both BATNAs; record offers.</source>
        <translation>論点ごとに選択肢を一つ選び、双方の BATNA と比較します。提案も記録できます。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/welcome.py"/>
        <source>Tariff editor</source>
        <translation>関税エディタ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/welcome.py"/>
        <source>Charts</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/welcome.py"/>
        <source>Show the tariff measures, product lines and their rates over time</source>
        <translation>関税措置、品目、税率の推移を表示します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/welcome.py"/>
        <source>Show the utility space and the tariff charts</source>
        <translation>効用空間と関税グラフを表示します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/welcome.py"/>
        <source>Show the package builder: one option per issue, against the BATNAs</source>
        <translation>パッケージ作成を表示します(論点ごとに選択肢を一つ選び、BATNA と比較)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/welcome.py"/>
        <source>Quick guide (F1)</source>
        <translation>クイックガイド (F1)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/welcome.py"/>
        <source>Every panel and shortcut, in a few pages.</source>
        <translation>すべてのパネルとショートカットを数ページで説明します。</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/welcome.py"/>
        <source>Open the quick guide</source>
        <translation>クイックガイドを開きます</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/welcome.py"/>
        <source>Don&apos;t show again</source>
        <translation>今後表示しない</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/welcome.py"/>
        <source>Do not open this panel when Negotiator starts (Help → Welcome panel shows it)</source>
        <translation>Negotiator の起動時にこのパネルを開きません(「ヘルプ」→「ようこそパネル」で表示できます)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/welcome.py"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/welcome.py"/>
        <source>Close the welcome panel</source>
        <translation>ようこそパネルを閉じます</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/welcome.py"/>
        <source>Welcome</source>
        <translation>ようこそ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/welcome.py"/>
        <source>&amp;Quick guide</source>
        <translation>クイックガイド(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/welcome.py"/>
        <source>The offline guide to every panel and shortcut</source>
        <translation>すべてのパネルとショートカットのオフラインガイド</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/welcome.py"/>
        <source>&amp;Welcome panel</source>
        <translation>ようこそパネル(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/shell/welcome.py"/>
        <source>Show the welcome panel again</source>
        <translation>ようこそパネルを再表示します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/delegates.py"/>
        <source>The measure&apos;s rate in percent</source>
        <translation>措置の税率(%)です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/delegates.py"/>
        <source>Pick a date; the earliest date (shown as &apos;{none}&apos;) clears it</source>
        <translation>日付を選択します。最も早い日付(「{none}」と表示)を選ぶと日付が消去されます</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/delegates.py"/>
        <source>Comma-separated, e.g. 72, 73</source>
        <translation>カンマ区切りで入力します(例: 72, 73)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/delegates.py"/>
        <source>The line&apos;s base MFN rate in percent</source>
        <translation>この品目の基本MFN税率(%)です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/editor.py"/>
        <source>View &amp;date:</source>
        <translation>表示日(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/editor.py"/>
        <source>The date all rates in this panel are shown for</source>
        <translation>このパネルのすべての税率を表示する基準日です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/editor.py"/>
        <source>Go to the previous date on which a rate changes</source>
        <translation>税率が変わる前の日付へ移動します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/editor.py"/>
        <source>Go to the next date on which a rate changes</source>
        <translation>税率が変わる次の日付へ移動します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/editor.py"/>
        <source>Move through the year; the blue ticks mark the dates on which rates change</source>
        <translation>1年間を移動します。青い目盛りは税率が変わる日付を示します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/editor.py"/>
        <source>The year the slider spans</source>
        <translation>スライダーが示す年です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/editor.py"/>
        <source>Back to the scenario&apos;s as-of date</source>
        <translation>シナリオの基準日に戻ります</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/editor.py"/>
        <source>Add measure</source>
        <translation>措置を追加</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/editor.py"/>
        <source>Add a measure (0 %, every partner) after the selected one</source>
        <translation>選択した措置の後に措置(0 %、全相手国)を追加します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/editor.py"/>
        <source>Remove measure</source>
        <translation>措置を削除</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/editor.py"/>
        <source>Remove the selected measure (refused while an option or a rule uses it)</source>
        <translation>選択した措置を削除します(選択肢や規則が使用している間は削除できません)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/editor.py"/>
        <source>The scenario&apos;s tariff measures; double-click a cell to edit it</source>
        <translation>シナリオの関税措置です。セルをダブルクリックすると編集できます</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/editor.py"/>
        <source>Product lines</source>
        <translation>関税品目</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/editor.py"/>
        <source>Code starts with…</source>
        <translation>コードの先頭…</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/editor.py"/>
        <source>Show only the lines whose HS code starts with this</source>
        <translation>HSコードがこの文字列で始まる品目だけを表示します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/editor.py"/>
        <source>Show only the lines this party imports or exports</source>
        <translation>この当事者が輸入または輸出する品目だけを表示します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/editor.py"/>
        <source>Lines shown, of all lines in the flow table</source>
        <translation>フロー表の全品目のうち表示中の品目数です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/editor.py"/>
        <source>updating rates…</source>
        <translation>税率を更新中…</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/editor.py"/>
        <source>The rates are being computed; the table shows the previous ones meanwhile</source>
        <translation>税率を計算中です。その間、表には前の税率が表示されます</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/editor.py"/>
        <source>How to change the selected lines&apos; MFN rates</source>
        <translation>選択した品目のMFN税率の変更方法です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/editor.py"/>
        <source>Apply to selection</source>
        <translation>選択範囲に適用</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/editor.py"/>
        <source>Change the MFN rate of the selected lines (one undoable step)</source>
        <translation>選択した品目のMFN税率を変更します(1回の操作で元に戻せます)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/editor.py"/>
        <source>Each line&apos;s effective rate on the view date; hover for its stack of measures</source>
        <translation>表示日における各品目の実効税率です。ポインターを合わせると措置の積み上げを表示します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/editor.py"/>
        <source>Rate breakdown</source>
        <translation>税率の内訳</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/editor.py"/>
        <source>Select a line to see how its rate is made up</source>
        <translation>品目を選択すると税率の内訳を表示します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/editor.py"/>
        <source>The stack of measures behind the selected line&apos;s rate</source>
        <translation>選択した品目の税率を構成する措置の積み上げです</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/editor.py"/>
        <source>Rates could not be computed: {why}</source>
        <translation>税率を計算できませんでした:{why}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/editor.py"/>
        <source>{shown} of {total} lines</source>
        <translation>{total} 品目中 {shown} 品目</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/editor.py"/>
        <source>All partners</source>
        <translation>すべての相手国</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/editor.py"/>
        <source>New measure</source>
        <translation>新しい措置</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/editor.py"/>
        <source>Select a measure to remove</source>
        <translation>削除する措置を選択してください</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/editor.py"/>
        <source>The new MFN rate, in percent</source>
        <translation>新しいMFN税率(%)です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/editor.py"/>
        <source>The ceiling: rates above it come down to it</source>
        <translation>上限です。これを超える税率は上限まで引き下げられます</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/editor.py"/>
        <source>The cut in percent of each rate (50 % halves it)</source>
        <translation>各税率の削減率(%)です(50 % で半減します)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/editor.py"/>
        <source>The Swiss coefficient a in percent (16 means a = 0.16)</source>
        <translation>スイス・フォーミュラの係数 a(%)です(16 は a = 0.16 を意味します)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/editor.py"/>
        <source>Percentage points added (negative: taken off)</source>
        <translation>加算するパーセントポイントです(負の値は差し引きます)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/editor.py"/>
        <source>The floor: rates below it go up to it</source>
        <translation>下限です。これを下回る税率は下限まで引き上げられます</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/models.py"/>
        <source>{value!r} is not a date (YYYY-MM-DD)</source>
        <translation>{value!r} は日付(YYYY-MM-DD)ではありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/models.py"/>
        <source>at {rate}</source>
        <translation>{rate} に引き下げ</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/models.py"/>
        <source>{what} {start} → {end}</source>
        <translation>{what} {start} → {end}</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/models.py"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/models.py"/>
        <source>The measure&apos;s id (stable: options and stacking rules refer to it)</source>
        <translation>措置のIDです(選択肢や積み上げ規則が参照するため変わりません)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/models.py"/>
        <source>What the measure is called; double-click to edit</source>
        <translation>措置の名称です。ダブルクリックで編集します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/models.py"/>
        <source>The legal layer: how the measure stacks with others</source>
        <translation>法的な層です。他の措置との積み上げ方を決めます</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/models.py"/>
        <source>Programme</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/models.py"/>
        <source>The programme within the authority (e.g. steel, autos)</source>
        <translation>法的根拠の中のプログラムです(例: 鉄鋼、自動車)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/models.py"/>
        <source>Imposing</source>
        <translation>賦課国</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/models.py"/>
        <source>The party that levies the duty</source>
        <translation>関税を課す当事者です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/models.py"/>
        <source>Targets</source>
        <translation>対象国</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/models.py"/>
        <source>Partners it applies to, comma-separated (* for every partner)</source>
        <translation>適用される相手国です。カンマ区切りで入力します(* はすべての相手国)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/models.py"/>
        <source>Scope: include</source>
        <translation>対象範囲: 含む</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/models.py"/>
        <source>HS prefixes covered, comma-separated (empty: every product)</source>
        <translation>対象となるHSコードの先頭部分です。カンマ区切りで入力します(空欄はすべての品目)</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/models.py"/>
        <source>Scope: exclude</source>
        <translation>対象範囲: 除く</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/models.py"/>
        <source>HS prefixes left out, comma-separated</source>
        <translation>対象から除くHSコードの先頭部分です。カンマ区切りで入力します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/models.py"/>
        <source>The measure&apos;s rate in percent; double-click to edit</source>
        <translation>措置の税率(%)です。ダブルクリックで編集します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/models.py"/>
        <source>On view date</source>
        <translation>表示日時点</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/models.py"/>
        <source>The measure&apos;s rate on the view date, or why it does not apply</source>
        <translation>表示日における措置の税率、または適用されない理由です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/models.py"/>
        <source>Additive: added on top; all-in: tops the line up to the rate in all</source>
        <translation>加算: 上乗せします。込み: 合計がこの税率になるまで引き上げます</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/models.py"/>
        <source>Effective</source>
        <translation>発効</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/models.py"/>
        <source>First day in force (empty: always); double-click to edit</source>
        <translation>効力が生じる最初の日です(空欄は常時)。ダブルクリックで編集します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/models.py"/>
        <source>End</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/models.py"/>
        <source>Last day in force (empty: open-ended); double-click to edit</source>
        <translation>効力がある最後の日です(空欄は期限なし)。ダブルクリックで編集します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/models.py"/>
        <source>Suspensions</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/models.py"/>
        <source>Windows in which the measure is paused or reduced</source>
        <translation>措置が一時停止または引き下げられる期間です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/models.py"/>
        <source>not yet</source>
        <translation>未発効</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/models.py"/>
        <source>ended</source>
        <translation>終了済み</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/models.py"/>
        <source>{value!r} is not a rate</source>
        <translation>{value!r} は税率ではありません</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/models.py"/>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/models.py"/>
        <source>HS product code of the line</source>
        <translation>品目のHSコードです</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/models.py"/>
        <source>The party importing (and levying the duty)</source>
        <translation>輸入する(関税を課す)当事者です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/models.py"/>
        <source>The partner exporting</source>
        <translation>輸出する相手国です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/models.py"/>
        <source>Base-year imports of the line, in millions</source>
        <translation>品目の基準年の輸入額(百万単位)です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/models.py"/>
        <source>The line&apos;s base MFN rate (the flow table); double-click to edit</source>
        <translation>品目の基本MFN税率(フロー表)です。ダブルクリックで編集します</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/models.py"/>
        <source>Rate now</source>
        <translation>現在の税率</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/models.py"/>
        <source>The effective rate on the view date, all measures stacked</source>
        <translation>表示日における、すべての措置を積み上げた実効税率です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/models.py"/>
        <source>Under package</source>
        <translation>パッケージ適用時</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/models.py"/>
        <source>The effective rate on the view date under the current package</source>
        <translation>現在のパッケージの下での表示日の実効税率です</translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariffs/models.py"/>
        <source>Imports ({unit} m)</source>
        <translation>輸入額(百万{unit})</translation>
    </message>
</context>
</TS>
