<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Cli</name>
    <message>
        <source>planned end ({length}, {items} items, {speakers} speakers)</source>
        <translation>종료 예정 ({length}, 항목 {items}개, 발표 {speakers}건)</translation>
    </message>
    <message>
        <source>hard end</source>
        <translation>마감 시각</translation>
    </message>
    <message>
        <source>── midnight: the next day ──</source>
        <translation>── 자정: 여기부터 다음 날 ──</translation>
    </message>
    <message>
        <source>{path} cannot be used:</source>
        <translation>{path} 파일에 문제가 있습니다:</translation>
    </message>
    <message>
        <source>cannot write in {path}: {reason}</source>
        <translation>{path}에 쓸 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>note: {text}</source>
        <translation>참고: {text}</translation>
    </message>
    <message>
        <source>{path}: sheet &apos;{sheet}&apos;</source>
        <translation>{path}: &apos;{sheet}&apos; 시트</translation>
    </message>
    <message>
        <source>chair {name}</source>
        <translation>좌장 {name}</translation>
    </message>
    <message>
        <source>{path}: {encoding} text</source>
        <translation>{path}: {encoding} 텍스트</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>열:</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>{number}열</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(사용 안 함)</translation>
    </message>
    <message>
        <source>(guessed)</source>
        <translation>(추정)</translation>
    </message>
    <message>
        <source>  no header row found; roles guessed from the cells</source>
        <translation>  머리글 행이 없어 셀 내용으로 역할을 추정했습니다</translation>
    </message>
    <message>
        <source>Rows not used:</source>
        <translation>쓰지 않은 행:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>참고:</translation>
    </message>
    <message>
        <source>{path} cannot be imported:</source>
        <translation>{path} 파일을 가져올 수 없습니다:</translation>
    </message>
    <message>
        <source>--sheet is ignored: {path} is not a workbook.</source>
        <translation>--sheet는 무시했습니다. {path} 파일은 통합 문서가 아닙니다.</translation>
    </message>
    <message>
        <source>{path} already exists; add --force to overwrite it.</source>
        <translation>{path} 파일이 이미 있습니다. 덮어쓰려면 --force를 붙이세요.</translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translation>{path} 파일을 만들었습니다</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>{path} 파일을 쓸 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>emcee-cli, beside emcee, prints this in a terminal (cmd or PowerShell).</source>
        <translation>emcee 옆의 emcee-cli를 터미널(cmd, PowerShell)에서 실행하면 이 내용이 출력됩니다.</translation>
    </message>
    <message>
        <source>emcee stopped because of an internal error. The details were written to {log}.</source>
        <translation>내부 오류로 emcee가 멈췄습니다. 자세한 내용은 {log} 파일에 기록했습니다.</translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <source>there is nothing to import: the table is empty.</source>
        <translation>가져올 내용이 없습니다. 표가 비어 있습니다.</translation>
    </message>
    <message>
        <source>line {line} is neither UTF-8 nor CP949/EUC-KR text. Save the file as &apos;CSV UTF-8&apos; and import it again.</source>
        <translation>{line}번째 줄을 UTF-8로도 CP949/EUC-KR로도 읽을 수 없습니다. Excel에서 &apos;CSV UTF-8&apos;로 다시 저장한 뒤 가져오세요.</translation>
    </message>
    <message>
        <source>the file mixes two text encodings: line {utf8_line} is UTF-8 but line {cp949_line} is CP949/EUC-KR. Save the whole file again in one encoding (UTF-8) and import it again.</source>
        <translation>한 파일에 인코딩이 섞여 있습니다. {utf8_line}번째 줄은 UTF-8인데 {cp949_line}번째 줄은 CP949/EUC-KR입니다. 파일 전체를 한 가지 인코딩(UTF-8)으로 다시 저장한 뒤 가져오세요.</translation>
    </message>
    <message>
        <source>this is neither a text table (CSV) nor an Excel workbook (.xlsx).</source>
        <translation>텍스트 표(CSV)도 Excel 통합 문서(.xlsx)도 아닙니다.</translation>
    </message>
    <message>
        <source>the workbook is password-protected (encrypted). Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook), save it and import it again.</source>
        <translation>암호로 보호된(암호화된) 통합 문서입니다. Excel에서 열어 암호를 해제하고(파일 &gt; 정보 &gt; 통합 문서 보호) 저장한 뒤 다시 가져오세요.</translation>
    </message>
    <message>
        <source>this is an old Excel file (.xls) or another Office document, not an .xlsx workbook. Open it in Excel, save it as &apos;Excel Workbook (.xlsx)&apos; and import that.</source>
        <translation>예전 형식의 Excel 파일(.xls)이나 다른 Office 문서로, .xlsx 통합 문서가 아닙니다. Excel에서 열어 &apos;Excel 통합 문서(.xlsx)&apos;로 저장한 뒤 가져오세요.</translation>
    </message>
    <message>
        <source>the workbook cannot be read ({detail}); the file is damaged or not really an .xlsx file. Open it in Excel, save it again and import it again.</source>
        <translation>통합 문서를 읽을 수 없습니다({detail}). 파일이 손상되었거나 실제로는 .xlsx 파일이 아닙니다. Excel에서 열어 다시 저장한 뒤 가져오세요.</translation>
    </message>
    <message>
        <source>there is no sheet named &apos;{sheet}&apos;. The sheets are: {sheets}.</source>
        <translation>&apos;{sheet}&apos; 시트가 없습니다. 있는 시트: {sheets}.</translation>
    </message>
    <message>
        <source>the sheet &apos;{sheet}&apos; is empty.</source>
        <translation>&apos;{sheet}&apos; 시트가 비어 있습니다.</translation>
    </message>
    <message>
        <source>no visible sheet of the workbook has anything in it (sheets: {sheets}).</source>
        <translation>통합 문서의 숨기지 않은 시트 중 내용이 있는 시트가 없습니다(시트: {sheets}).</translation>
    </message>
    <message>
        <source>the table has more than {limit} rows or {columns} columns; emcee reads run sheets up to that size. Copy the programme table alone into a new sheet.</source>
        <translation>표가 {limit}행 또는 {columns}열보다 큽니다. emcee는 그 크기까지만 읽습니다. 진행순서 표만 새 시트에 복사해서 가져오세요.</translation>
    </message>
    <message>
        <source>not read: no column is used as the title. Choose the column that holds what happens (e.g. 주요 내용).</source>
        <translation>&apos;제목&apos;으로 쓸 열이 없어 읽지 않았습니다. 진행 내용이 든 열(예: 주요 내용)의 역할을 &apos;제목&apos;으로 지정하세요.</translation>
    </message>
    <message>
        <source>no row could be used as a programme item.</source>
        <translation>진행 항목으로 쓸 수 있는 행이 없습니다.</translation>
    </message>
    <message>
        <source>above the header row (row {header}); not part of the table.</source>
        <translation>머리글 행({header}행)보다 위에 있어 표에 넣지 않았습니다.</translation>
    </message>
    <message>
        <source>after the end of the table (the empty row {blank}); not read.</source>
        <translation>{blank}행의 빈 행에서 표가 끝난 것으로 보고 읽지 않았습니다.</translation>
    </message>
    <message>
        <source>hidden in the sheet, so not imported. Unhide the row to import it.</source>
        <translation>시트에서 숨겨진 행이라 가져오지 않았습니다. 가져오려면 숨기기를 해제하세요.</translation>
    </message>
    <message>
        <source>one cell merged across the table, read as a heading, not an item.</source>
        <translation>표 전체에 걸쳐 병합된 셀이라 항목이 아닌 소제목으로 보고 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a time. Write it like 13:00~13:30 (30), 13:00 or (30).</source>
        <translation>&apos;{value}&apos;은(는) 시간으로 읽을 수 없습니다. 13:00~13:30 (30), 13:00, (30)처럼 쓰세요.</translation>
    </message>
    <message>
        <source>the time cell starts with a date. emcee plans one day at a time: write the time alone, like {value}.</source>
        <translation>시간 칸이 날짜로 시작합니다. emcee는 하루 단위로 계획하므로 {value}처럼 시간만 쓰세요.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an end time. Write it like 13:30.</source>
        <translation>&apos;{value}&apos;은(는) 끝나는 시각으로 읽을 수 없습니다. 13:30처럼 쓰세요.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a length of time. Write minutes like 30, 30분 or (30).</source>
        <translation>&apos;{value}&apos;은(는) 소요 시간으로 읽을 수 없습니다. 30, 30분, (30)처럼 분 단위로 쓰세요.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is past the next day. A programme may run past midnight (write the next day&apos;s 00:30 as 00:30 after the evening&apos;s rows, or as 24:30), but lasts less than a day.</source>
        <translation>&apos;{value}&apos;은(는) 다음 날을 넘는 시각입니다. 프로그램은 자정을 넘길 수 있지만(다음 날 00:30은 저녁 행 뒤에 00:30 또는 24:30으로 쓰세요) 하루를 넘길 수는 없습니다.</translation>
    </message>
    <message>
        <source>it ends ({end}) before it starts ({start}). Correct the start or the end (a row that runs past midnight, such as 23:50~00:40, is read as such up to 6 hours).</source>
        <translation>끝나는 시각({end})이 시작 시각({start})보다 이릅니다. 시작이나 끝 시각을 고치세요(23:50~00:40처럼 자정을 넘는 행은 6시간까지 그대로 읽습니다).</translation>
    </message>
    <message>
        <source>its length is zero. Give it a length such as (5), or delete the row.</source>
        <translation>소요 시간이 0분입니다. (5)처럼 소요 시간을 쓰거나 이 행을 지우세요.</translation>
    </message>
    <message>
        <source>{first} says {first_minutes} min but {second} says {second_minutes} min. Correct one of them.</source>
        <translation>&apos;{first}&apos;은(는) {first_minutes}분, &apos;{second}&apos;은(는) {second_minutes}분으로 서로 맞지 않습니다. 둘 중 하나를 고치세요.</translation>
    </message>
    <message>
        <source>it has no title (the title column is empty). Write what happens in the title column, or delete the row.</source>
        <translation>제목이 없습니다(제목 열이 비어 있습니다). 제목 열에 진행 내용을 쓰거나 이 행을 지우세요.</translation>
    </message>
    <message>
        <source>the time says it ends at {first} but the end column says {second}. Correct one of them.</source>
        <translation>시간 칸의 종료 시각은 {first}인데 종료 칸에는 {second}(으)로 되어 있습니다. 둘 중 하나를 고치세요.</translation>
    </message>
    <message>
        <source>it has an end time ({end}) but no start time. Write the start too, like 13:00~{end}.</source>
        <translation>끝나는 시각({end})은 있는데 시작 시각이 없습니다. 13:00~{end}처럼 시작 시각도 쓰세요.</translation>
    </message>
    <message>
        <source>its text is only in columns that are not used ({columns}). Give one of them a role to import it.</source>
        <translation>사용하지 않는 열({columns})에만 내용이 있습니다. 가져오려면 그 열에 역할을 지정하세요.</translation>
    </message>
    <message>
        <source>it continues row {previous}, which could not be used: correct row {previous} and this row comes with it.</source>
        <translation>앞 행({previous}행)에 이어지는 내용인데 그 행을 쓸 수 없었습니다. {previous}행을 고치면 이 행도 함께 들어옵니다.</translation>
    </message>
    <message>
        <source>a note (※) with no item above it to belong to, so it was not imported. Put it in the notes (비고) of the row it is about.</source>
        <translation>위에 딸린 항목이 없는 참고(※) 줄이라 가져오지 않았습니다. 관련된 행의 비고 칸에 옮겨 쓰세요.</translation>
    </message>
    <message>
        <source>presentation {presentation} min and discussion {discussion} min do not add up to the row&apos;s {minutes} min, so it was imported as one block without phases. To split it, make the minutes in the title add up to the row&apos;s time.</source>
        <translation>발표 {presentation}분과 토론 {discussion}분의 합이 이 행의 {minutes}분과 달라 발표·토론을 나누지 않고 한 덩어리로 가져왔습니다. 나누려면 제목의 분을 행의 시간에 맞추세요.</translation>
    </message>
    <message>
        <source>these rows share one merged time cell ({time}), so they were imported as one item. To time each row on its own, unmerge the cell and give each row its own time or length.</source>
        <translation>이 행들은 병합된 시간 칸 하나({time})를 함께 쓰므로 한 항목으로 가져왔습니다. 행마다 따로 시간을 재려면 셀 병합을 풀고 행마다 시간이나 소요 시간을 쓰세요.</translation>
    </message>
    <message>
        <source>{count} names ({names}) became speakers sharing the row. To keep them as one presenter, turn off &apos;Several names are speakers&apos; (emcee import: --one-presenter).</source>
        <translation>이름 {count}개({names})를 이 행을 나눠 쓰는 발표자로 가져왔습니다. 한 발표자로 두려면 &apos;여러 이름은 발표자로&apos;를 끄세요(emcee import: --one-presenter).</translation>
    </message>
    <message>
        <source>the kind &apos;{value}&apos; is not known; &apos;{kind}&apos; was guessed from the title. A kind column takes 등록, 개회, 보고, 발표, 세션, 휴식, 폐회 or registration, opening, report, talk, session, break, closing, other.</source>
        <translation>&apos;{value}&apos;은(는) 알 수 없는 유형이라 제목을 보고 &apos;{kind}&apos;(으)로 정했습니다. 유형 열에는 등록, 개회, 보고, 발표, 세션, 휴식, 폐회(또는 registration, opening, report, talk, session, break, closing, other)를 쓰세요.</translation>
    </message>
    <message>
        <source>no start time: the first row needs a time such as 13:00.</source>
        <translation>시작 시각이 없습니다. 첫 행에 13:00 같은 시각을 쓰세요.</translation>
    </message>
    <message>
        <source>no length: give a time range like 13:00~13:30, minutes like (30), or a start time in the next row.</source>
        <translation>소요 시간이 없습니다. 13:00~13:30 같은 시간 범위나 (30) 같은 분을 쓰거나, 다음 행에 시작 시각을 쓰세요.</translation>
    </message>
    <message>
        <source>no length: the last row ends nowhere. Write its end or its minutes, like {example} or (30).</source>
        <translation>소요 시간이 없습니다. 마지막 행은 끝나는 때를 알 수 없으니 {example} 또는 (30)처럼 끝나는 시각이나 분을 쓰세요.</translation>
    </message>
    <message>
        <source>it has no time and none is left for it: it would start at {start}, when the row above ends, but the row below starts at {next_start}. Give it a length such as (5) and start the row below that much later, or begin its title with &apos;- &apos; to make it part of the row above.</source>
        <translation>시간이 없는데 남은 시간도 없습니다. 위 행이 끝나는 {start}에 시작해야 하는데 아래 행이 {next_start}에 시작합니다. (5)처럼 소요 시간을 쓰고 아래 행을 그만큼 늦게 시작하거나, 제목 앞에 &apos;- &apos;를 붙여 위 행에 딸린 줄로 만드세요.</translation>
    </message>
    <message>
        <source>starts at {start}, before the row above ({previous_start}). Rows must be in time order (a row after midnight may be written 24:30 for the next day&apos;s 00:30).</source>
        <translation>시작 시각 {start}이(가) 위 행({previous_start})보다 이릅니다. 행은 시간 순서여야 합니다(자정 뒤의 행은 다음 날 00:30을 24:30처럼 쓸 수 있습니다).</translation>
    </message>
    <message>
        <source>starts at {start}, but the row above runs until {previous_end}. Shorten the row above or start this one later.</source>
        <translation>{start}에 시작하는데 위 행이 {previous_end}까지입니다. 위 행을 줄이거나 이 행을 늦게 시작하세요.</translation>
    </message>
    <message>
        <source>the programme would run from {start} to {end} the next day, 24 hours or more. Check the times and lengths of the rows.</source>
        <translation>프로그램이 {start}부터 다음 날 {end}까지 24시간 이상 이어집니다. 행의 시각과 소요 시간을 확인하세요.</translation>
    </message>
    <message>
        <source>starts {gap} after the row above ends ({previous_end}); the gap is left free.</source>
        <translation>위 행이 끝난 뒤({previous_end}) {gap} 후에 시작합니다. 그 사이는 비워 둡니다.</translation>
    </message>
    <message>
        <source>row {0}</source>
        <translation>{0}행</translation>
    </message>
    <message>
        <source>rows {0}-{1}</source>
        <translation>{0}~{1}행</translation>
    </message>
</context>
<context>
    <name>JournalNotice</name>
    <message>
        <source>the journal {path} does not exist.</source>
        <translation>기록 파일 {path}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>the journal {path} cannot be read ({reason}).</source>
        <translation>기록 파일 {path}을(를) 읽을 수 없습니다({reason}).</translation>
    </message>
    <message>
        <source>the journal {path} is empty: the show was never recorded.</source>
        <translation>기록 파일 {path}이(가) 비어 있습니다. 기록된 행사가 없습니다.</translation>
    </message>
    <message>
        <source>the journal {path} does not start with a show description ({detail}); it is not an emcee journal or its first line is damaged.</source>
        <translation>기록 파일 {path}의 첫 줄에 행사 정보가 없습니다({detail}). emcee 기록 파일이 아니거나 첫 줄이 손상되었습니다.</translation>
    </message>
    <message>
        <source>the journal was written by a newer emcee (format {format}); parts of it may be left out.</source>
        <translation>더 새로운 emcee가 쓴 기록입니다(형식 {format}). 일부 내용을 읽지 못할 수 있습니다.</translation>
    </message>
    <message>
        <source>line {line} is an incomplete entry (the computer probably lost power while writing it); the journal was read up to the last complete entry.</source>
        <translation>{line}번째 줄은 끝까지 쓰이지 않은 기록입니다(기록 중 전원이 꺼진 것으로 보입니다). 마지막으로 완전한 기록까지 읽었습니다.</translation>
    </message>
    <message>
        <source>line {line} is damaged and was skipped ({detail}).</source>
        <translation>{line}번째 줄이 손상되어 건너뛰었습니다({detail}).</translation>
    </message>
    <message>
        <source>line {line} has an entry of unknown type &apos;{type}&apos; and was skipped (written by a newer emcee?).</source>
        <translation>{line}번째 줄의 기록 종류 &apos;{type}&apos;을(를) 알 수 없어 건너뛰었습니다(더 새로운 emcee가 쓴 기록일 수 있습니다).</translation>
    </message>
    <message>
        <source>entries {first}-{last} are missing before line {line}.</source>
        <translation>{line}번째 줄 앞에 {first}-{last}번 기록이 빠져 있습니다.</translation>
    </message>
    <message>
        <source>the agenda the show ran on ({file}) is not beside the journal, so the show cannot be rebuilt.</source>
        <translation>행사에 쓰인 진행표({file})가 기록 파일과 같은 폴더에 없어 행사를 다시 구성할 수 없습니다.</translation>
    </message>
    <message>
        <source>the stored agenda {file} was changed after the show (its content no longer matches the journal); the figures may be off.</source>
        <translation>저장된 진행표 {file}이(가) 행사 뒤에 바뀌었습니다(기록과 내용이 다릅니다). 수치가 정확하지 않을 수 있습니다.</translation>
    </message>
    <message>
        <source>the stored agenda {file} cannot be used: {detail}</source>
        <translation>저장된 진행표 {file}을(를) 쓸 수 없습니다: {detail}</translation>
    </message>
    <message>
        <source>line {line}: the action &apos;{kind}&apos; changed nothing when replayed.</source>
        <translation>{line}번째 줄: &apos;{kind}&apos; 조작이 다시 적용될 때 아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <source>line {line}: the action &apos;{kind}&apos; could not be replayed ({detail}); it was left out.</source>
        <translation>{line}번째 줄: &apos;{kind}&apos; 조작을 다시 적용할 수 없어 빼고 진행했습니다({detail}).</translation>
    </message>
    <message>
        <source>The show journal cannot be written in {old} ({reason}). It is now written in {new}; nothing recorded so far was lost.</source>
        <translation>행사 기록을 {old}에 쓸 수 없습니다({reason}). 지금은 {new}에 기록하고 있으며, 지금까지의 기록은 모두 옮겨졌습니다.</translation>
    </message>
    <message>
        <source>The show journal cannot be written anywhere ({reason}). The show goes on, but if emcee stops, what happened since {since} is lost. Free some disk space.</source>
        <translation>행사 기록을 어디에도 쓸 수 없습니다({reason}). 진행은 계속되지만 emcee가 멈추면 {since} 이후의 기록은 사라집니다. 디스크 공간을 확보하세요.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>디스크가 가득 찼습니다</translation>
    </message>
    <message>
        <source>the folder is read-only or not writable</source>
        <translation>읽기 전용이거나 쓰기 권한이 없는 폴더입니다</translation>
    </message>
    <message>
        <source>the path is not a folder</source>
        <translation>폴더가 아닌 경로입니다</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <source>item</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>presentation</source>
        <translation>발표</translation>
    </message>
    <message>
        <source>designated discussion</source>
        <translation>지정토론</translation>
    </message>
    <message>
        <source>discussion</source>
        <translation>토론</translation>
    </message>
    <message>
        <source>Q&amp;A</source>
        <translation>질의응답</translation>
    </message>
    <message>
        <source>closing remarks</source>
        <translation>마무리 발언</translation>
    </message>
    <message>
        <source>performance</source>
        <translation>공연</translation>
    </message>
    <message>
        <source>group photo</source>
        <translation>기념촬영</translation>
    </message>
    <message>
        <source>roll call</source>
        <translation>호명</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>the file does not exist.</source>
        <translation>파일이 없습니다.</translation>
    </message>
    <message>
        <source>the file cannot be read ({detail}).</source>
        <translation>파일을 읽을 수 없습니다 ({detail}).</translation>
    </message>
    <message>
        <source>the file is saved as CP949/EUC-KR (the old Korean Windows encoding), not UTF-8. Open it in a text editor and save it again as UTF-8.</source>
        <translation>파일이 UTF-8이 아니라 CP949/EUC-KR(예전 한글 윈도우 인코딩)로 저장되어 있습니다. 메모장 등에서 열어 &apos;UTF-8&apos;로 다시 저장하세요.</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte {offset}). Save it as UTF-8 in a text editor.</source>
        <translation>파일이 UTF-8 텍스트가 아닙니다 ({offset}번째 바이트). 텍스트 편집기에서 UTF-8로 저장하세요.</translation>
    </message>
    <message>
        <source>this is not valid TOML: {detail}. Check quotes, &apos;=&apos; signs and [section] lines.</source>
        <translation>TOML 형식이 올바르지 않습니다: {detail}. 따옴표, &apos;=&apos; 기호, [구역] 줄을 확인하세요.</translation>
    </message>
    <message>
        <source>{what} must be in quotes: write {fixed}.</source>
        <translation>{what} 따옴표 안에 써야 합니다: {fixed}처럼 쓰세요.</translation>
    </message>
    <message>
        <source>write true or false, in lower case and without quotes: {fixed}.</source>
        <translation>true 또는 false를 소문자로, 따옴표 없이 쓰세요: {fixed}</translation>
    </message>
    <message>
        <source>a date is written year-month-day, without quotes: write {fixed}.</source>
        <translation>날짜는 따옴표 없이 연-월-일로 씁니다: {fixed}처럼 쓰세요.</translation>
    </message>
    <message>
        <source>“ and ” are curly quotes, as a word processor types them; the file needs straight quotes: write {fixed}.</source>
        <translation>“ ”는 워드프로세서가 바꿔 넣는 둥근 따옴표입니다. 파일에는 곧은 따옴표(&quot;)를 써야 합니다: {fixed}처럼 쓰세요.</translation>
    </message>
    <message>
        <source>a &quot; inside text ends the text there; write it as \&quot;: {fixed}.</source>
        <translation>글자 안에 &quot;를 쓰면 글자가 거기서 끝납니다. 안쪽의 &quot;는 \&quot;로 써서 {fixed}처럼 쓰세요.</translation>
    </message>
    <message>
        <source>two keys follow each other on one line: write each key = value on its own line (inside {{ }}, put a comma between them).</source>
        <translation>한 줄에 키 두 개가 이어져 있습니다. key = value를 한 줄에 하나씩 쓰세요({{ }} 안에서는 쉼표로 구분합니다).</translation>
    </message>
    <message>
        <source>&apos;{written}&apos; cannot be a key: keys are the English words of the agenda format (title, presenter, start, duration, notes, ...).</source>
        <translation>&apos;{written}&apos;은(는) 키로 쓸 수 없습니다. 키는 진행표 형식의 영어 단어(title, presenter, start, duration, notes 등)입니다.</translation>
    </message>
    <message>
        <source>keys are written in English: write {fixed}, not {written} = ….</source>
        <translation>키는 영어로 씁니다: {written} = … 대신 {fixed}처럼 쓰세요.</translation>
    </message>
    <message>
        <source>the text on this line has no closing quote: end it with &quot;.</source>
        <translation>이 줄의 글자에 닫는 따옴표가 없습니다. 끝에 &quot;를 붙이세요.</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos;.{suggestion}</source>
        <translation>알 수 없는 키 &apos;{key}&apos;입니다.{suggestion}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be {expected}.</source>
        <translation>&apos;{key}&apos; 값은 {expected}이어야 합니다.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; = &quot;{value}&quot; is not a duration. Write minutes and seconds like &quot;30m&quot;, &quot;4m30s&quot; or &quot;45s&quot;.</source>
        <translation>&apos;{key}&apos; 값이 시간 길이가 아닙니다(&quot;{value}&quot;). &quot;30m&quot;, &quot;4m30s&quot;, &quot;45s&quot;처럼 분(m)과 초(s)로 쓰세요.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; = {value} is a bare number. Write it with its unit in quotes, e.g. &quot;{value}m&quot; for {value} minutes.</source>
        <translation>&apos;{key}&apos; = {value}에 단위가 없습니다. {value}분이면 &quot;{value}m&quot;처럼 따옴표 안에 단위를 붙여 쓰세요.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; = &quot;{value}&quot; is longer than a week. Write minutes and seconds like &quot;30m&quot; or &quot;4m30s&quot;.</source>
        <translation>&apos;{key}&apos; 값(&quot;{value}&quot;)이 일주일보다 깁니다. &quot;30m&quot;, &quot;4m30s&quot;처럼 분(m)과 초(s)로 쓰세요.</translation>
    </message>
    <message>
        <source>a number of {digits} digits cannot be read. Write durations like &quot;30m&quot; and times of day like &quot;13:00&quot;.</source>
        <translation>{digits}자리 숫자는 읽을 수 없습니다. 시간 길이는 &quot;30m&quot;, 시각은 &quot;13:00&quot;처럼 쓰세요.</translation>
    </message>
    <message>
        <source>brackets [ ] or braces {{ }} are nested too deeply to be an agenda. Close each list and table where it ends.</source>
        <translation>대괄호 [ ]나 중괄호 {{ }}가 너무 깊이 겹쳐 있어 진행표로 읽을 수 없습니다. 목록과 표를 각각 끝나는 곳에서 닫으세요.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; = &quot;{value}&quot; is not a time of day. Write 24-hour time like &quot;13:00&quot;.</source>
        <translation>&apos;{key}&apos; 값이 시각이 아닙니다(&quot;{value}&quot;). &quot;13:00&quot;처럼 24시간제로 쓰세요.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; = &quot;{value}&quot; is not written the way emcee reads a duration: write {fixed}.</source>
        <translation>&apos;{key}&apos; 값(&quot;{value}&quot;)은 emcee가 읽는 시간 길이 형식이 아닙니다: {fixed}처럼 쓰세요.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; = &quot;{value}&quot; is not written the way emcee reads a time of day: write {fixed}.</source>
        <translation>&apos;{key}&apos; 값(&quot;{value}&quot;)은 emcee가 읽는 시각 형식이 아닙니다: {fixed}처럼 쓰세요.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; = &quot;{value}&quot; is not one of {choices}.{suggestion}</source>
        <translation>&apos;{key}&apos;에 쓸 수 없는 값입니다: &quot;{value}&quot;. 가능한 값: {choices}.{suggestion}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; lists no alert for the room chime: write e.g. levels = [&quot;time-up&quot;], or remove the [programme.chime] section to have no chime.</source>
        <translation>&apos;{key}&apos;에 장내 차임을 울릴 알림이 없습니다. levels = [&quot;time-up&quot;]처럼 쓰거나, 차임이 필요 없으면 [programme.chime] 부분을 지우세요.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; = {value}: the room chime&apos;s volume is a whole number from 0 to 100, without quotes (e.g. volume = 70).</source>
        <translation>&apos;{key}&apos; = {value}: 장내 차임의 음량은 0부터 100까지의 정수로, 따옴표 없이 씁니다(예: volume = 70).</translation>
    </message>
    <message>
        <source>there is no [programme] section. Add one with at least title = &quot;...&quot;.</source>
        <translation>[programme] 구역이 없습니다. 최소한 title = &quot;...&quot;을 넣어 추가하세요.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is missing: add {key} = &quot;…&quot;.</source>
        <translation>&apos;{key}&apos; 값이 없습니다. {key} = &quot;…&quot;처럼 써 넣으세요.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is empty.</source>
        <translation>&apos;{key}&apos; 값이 비어 있습니다.</translation>
    </message>
    <message>
        <source>the agenda has no items. Add at least one [[items]] section.</source>
        <translation>진행 항목이 없습니다. [[items]] 구역을 하나 이상 추가하세요.</translation>
    </message>
    <message>
        <source>{count} {what} is more than emcee takes ({limit}).{split}</source>
        <translation>{what} {count}개는 emcee가 다룰 수 있는 수({limit}개)보다 많습니다.{split}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be longer than zero.</source>
        <translation>&apos;{key}&apos; 값은 0보다 길어야 합니다.</translation>
    </message>
    <message>
        <source>no start time: give [programme] start = &quot;13:00&quot; or a start for the first item.</source>
        <translation>시작 시각이 없습니다: [programme]에 start = &quot;13:00&quot;을 쓰거나 첫 항목에 start를 쓰세요.</translation>
    </message>
    <message>
        <source>the first item starts at {item_start} but [programme] start is {programme_start}. Make them the same or remove one.</source>
        <translation>첫 항목은 {item_start}에 시작하는데 [programme] start는 {programme_start}입니다. 둘을 같게 하거나 하나를 지우세요.</translation>
    </message>
    <message>
        <source>no duration: add one, e.g. duration = &quot;10m&quot; (or, when an item follows, give that one a start: this one then lasts until it).</source>
        <translation>길이가 없습니다: duration = &quot;10m&quot;처럼 길이를 쓰세요(뒤에 항목이 있으면 그 항목에 start를 써도 됩니다. 이 항목은 그때까지 이어집니다).</translation>
    </message>
    <message>
        <source>it has no duration and no time is left for it: it starts at {start} and the next item starts at {next_start}. Add a duration such as duration = &quot;5m&quot; and start the next item that much later, or remove this item.</source>
        <translation>길이(duration)가 없는데 남은 시간도 없습니다. 이 항목은 {start}에 시작하고 다음 항목은 {next_start}에 시작합니다. duration = &quot;5m&quot;처럼 길이를 쓰고 다음 항목을 그만큼 늦게 시작하거나, 이 항목을 지우세요.</translation>
    </message>
    <message>
        <source>starts at {start}, before the previous item ({previous_start}). Items must be in time order (an item after midnight may write its time past 24 hours, e.g. &quot;24:30&quot; for 00:30 the next day).</source>
        <translation>시작 시각 {start}이 앞 항목({previous_start})보다 이릅니다. 항목은 시간 순서여야 합니다(자정을 넘긴 항목은 다음 날 00:30을 &quot;24:30&quot;처럼 쓸 수 있습니다).</translation>
    </message>
    <message>
        <source>starts at {start}, but the previous item runs until {previous_end}. Shorten the previous item or start this one later.</source>
        <translation>{start}에 시작하는데 앞 항목이 {previous_end}까지입니다. 앞 항목을 줄이거나 이 항목을 늦게 시작하세요.</translation>
    </message>
    <message>
        <source>presentation and discussion ({phases}) are longer than the item ({duration}). Shorten one of them, or make the item as long as they are: duration = &quot;{phases}&quot;.</source>
        <translation>발표와 토론({phases})이 항목 길이({duration})보다 깁니다. 둘 중 하나를 줄이거나 항목 길이를 그 합만큼 늘리세요: duration = &quot;{phases}&quot;.</translation>
    </message>
    <message>
        <source>presentation and discussion ({phases}) do not fill the item ({duration}). Make them add up, or leave one of them out to take the rest.</source>
        <translation>발표와 토론({phases})의 합이 항목 길이({duration})와 다릅니다. 합을 맞추거나 하나를 빼서 나머지 시간을 쓰게 하세요.</translation>
    </message>
    <message>
        <source>the phases add up to {phases}, longer than the item ({duration}). Shorten some of them, or make the item as long as they are: duration = &quot;{phases}&quot;.</source>
        <translation>순서 시간의 합 {phases}이 항목 길이({duration})보다 깁니다. 일부 순서를 줄이거나 항목을 그만큼 늘리세요: duration = &quot;{phases}&quot;.</translation>
    </message>
    <message>
        <source>the phases add up to {phases} and do not fill the item ({duration}). Make them add up, or leave one phase&apos;s duration out to give it the rest.</source>
        <translation>순서 시간의 합 {phases}이 항목 길이({duration})에 모자랍니다. 합을 맞추거나 한 순서의 duration을 빼서 나머지 시간을 쓰게 하세요.</translation>
    </message>
    <message>
        <source>this phase has no duration and the others take all {duration} of the item. Give it a duration (duration = &quot;10m&quot;) and the item that much more.</source>
        <translation>이 순서에는 duration이 없는데 다른 순서가 항목의 {duration}을 모두 씁니다. 이 순서에 시간을 주고(duration = &quot;10m&quot;) 항목도 그만큼 늘리세요.</translation>
    </message>
    <message>
        <source>phases {phases} have no duration: only one phase may take the rest of the item. Give the others a duration, e.g. duration = &quot;10m&quot;.</source>
        <translation>{phases}번 순서에 duration이 없습니다. 항목의 나머지 시간은 한 순서만 쓸 수 있습니다. 나머지 순서에 시간을 주세요(예: duration = &quot;10m&quot;).</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is the short form of an item&apos;s phases, and this item lists its phases in [[items.phases]]: {what}.</source>
        <translation>&apos;{key}&apos;는 순서를 짧게 쓰는 방법인데, 이 항목은 [[items.phases]]로 순서를 나열합니다: {what}.</translation>
    </message>
    <message>
        <source>the speakers&apos; times add up to {total}, more than the {phase} they share. Shorten some of them, or make {what} as long as they are: {phase_key} = &quot;{total}&quot;.</source>
        <translation>발표자 시간의 합 {total}이 함께 쓰는 시간 {phase}보다 깁니다. 일부 발표자의 시간을 줄이거나 {what} 그 합만큼 늘리세요: {phase_key} = &quot;{total}&quot;.</translation>
    </message>
    <message>
        <source>the speakers&apos; times add up to {total}, less than the {phase} they share. Leave one speaker&apos;s duration out to give them the rest.</source>
        <translation>발표자 시간의 합 {total}이 함께 쓰는 시간 {phase}보다 짧습니다. 한 발표자의 duration을 빼면 남는 시간을 그 발표자에게 줍니다.</translation>
    </message>
    <message>
        <source>the speakers with a duration take {taken} of the {phase}; the {count} without one would get less than a second each. Shorten the given durations or make {what} longer ({phase_key} = &quot;…&quot;).</source>
        <translation>duration이 있는 발표자들이 {phase} 중 {taken}을 씁니다. duration이 없는 발표자 {count}명은 한 사람에 1초도 받지 못합니다. 적어 둔 duration을 줄이거나 {what} 늘리세요({phase_key} = &quot;…&quot;).</translation>
    </message>
    <message>
        <source>{count} speakers cannot share {phase}: each would get less than a second. Make {what} longer ({phase_key} = &quot;…&quot;), or split the speakers over several items.</source>
        <translation>발표자 {count}명이 {phase}을 나눠 쓰면 한 사람에 1초도 되지 않습니다. {what} 늘리거나({phase_key} = &quot;…&quot;), 발표자를 여러 항목으로 나누세요.</translation>
    </message>
    <message>
        <source>final_warning ({final}) must be shorter than warning ({warning}).</source>
        <translation>final_warning({final})은 warning({warning})보다 짧아야 합니다.</translation>
    </message>
    <message>
        <source>minimum ({minimum}) is longer than the item ({duration}). Make it at most &quot;{duration}&quot;, or leave it out.</source>
        <translation>minimum({minimum})이 항목 길이({duration})보다 깁니다. &quot;{duration}&quot; 이하로 줄이거나 빼세요.</translation>
    </message>
    <message>
        <source>the programme would run from {start} to {end} the next day, 24 hours or more. A programme lasts less than a day: check the start times and lengths.</source>
        <translation>프로그램이 {start}부터 다음 날 {end}까지 24시간 이상 이어집니다. 프로그램은 하루를 넘길 수 없습니다. 시작 시각과 길이를 확인하세요.</translation>
    </message>
    <message>
        <source>hard_end ({hard_end}) is not after the start ({start}).</source>
        <translation>hard_end({hard_end})가 시작 시각({start})보다 늦지 않습니다.</translation>
    </message>
    <message>
        <source>starts {gap} after the previous item ends ({previous_end}); the gap is left free.</source>
        <translation>앞 항목이 끝난 뒤({previous_end}) {gap} 후에 시작합니다. 그 사이는 비워 둡니다.</translation>
    </message>
    <message>
        <source>the show has ended: the agenda can no longer change it.</source>
        <translation>진행이 끝나서 진행표를 바꿔도 이 진행에는 반영되지 않습니다.</translation>
    </message>
    <message>
        <source>this item has run or is live: during the show, nothing can be added, removed or moved up to the live item.</source>
        <translation>이미 진행했거나 진행 중인 항목입니다. 진행 중에는 현재 항목까지의 항목을 추가, 삭제하거나 옮길 수 없습니다.</translation>
    </message>
    <message>
        <source>this item is live or has run: it cannot be removed during the show.</source>
        <translation>진행 중이거나 이미 끝난 항목이라 진행 중에는 뺄 수 없습니다.</translation>
    </message>
    <message>
        <source>this item has already run: its phases and speakers cannot change now (titles and notes can).</source>
        <translation>이미 진행한 항목이라 단계와 발표자 구성은 지금 바꿀 수 없습니다 (제목과 메모는 바꿀 수 있습니다).</translation>
    </message>
    <message>
        <source>this item is live: the turns up to the current one cannot change now; the turns after it and the lengths can.</source>
        <translation>진행 중인 항목이라 지금 순서까지의 구성은 바꿀 수 없습니다. 그 뒤의 순서와 시간은 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>the planned end {end} is after hard_end {hard_end}.</source>
        <translation>계획된 종료 {end}가 hard_end {hard_end}보다 늦습니다.</translation>
    </message>
    <message>
        <source>text in quotes</source>
        <translation>따옴표로 감싼 글자</translation>
    </message>
    <message>
        <source>a duration in quotes like &quot;30m&quot;</source>
        <translation>&quot;30m&quot; 같은 따옴표 속 시간 길이</translation>
    </message>
    <message>
        <source>a time of day in quotes like &quot;13:00&quot;</source>
        <translation>&quot;13:00&quot; 같은 따옴표 속 시각</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 또는 false</translation>
    </message>
    <message>
        <source>a date like 2023-06-23 (no quotes)</source>
        <translation>2023-06-23 같은 날짜(따옴표 없이)</translation>
    </message>
    <message>
        <source>a section (table)</source>
        <translation>구역(table)</translation>
    </message>
    <message>
        <source>a list [ ... ]</source>
        <translation>목록 [ ... ]</translation>
    </message>
    <message>
        <source>items</source>
        <translation>진행 항목</translation>
    </message>
    <message>
        <source>speakers</source>
        <translation>발표자</translation>
    </message>
    <message>
        <source>phases</source>
        <translation>순서</translation>
    </message>
    <message>
        <source>a list of phases, each under its own [[items.phases]] line</source>
        <translation>순서 목록(순서마다 [[items.phases]] 줄 아래에)</translation>
    </message>
    <message>
        <source> Split the programme into several files, e.g. one per day or per hall.</source>
        <translation> 날짜별이나 홀별로 여러 파일에 나누어 쓰세요.</translation>
    </message>
    <message>
        <source> Split the speakers over several items, e.g. one per part.</source>
        <translation> 발표자를 여러 항목(예: 부마다 하나)으로 나누세요.</translation>
    </message>
    <message>
        <source> Did you mean &apos;{0}&apos;?</source>
        <translation> 혹시 &apos;{0}&apos;인가요?</translation>
    </message>
    <message>
        <source> Did you mean &apos;{0}&apos;? Write {1} in its place.</source>
        <translation> &apos;{0}&apos;을(를) 쓰려던 것이라면 그 자리에 {1}처럼 쓰세요.</translation>
    </message>
    <message>
        <source> The keys here are: {0}.</source>
        <translation> 여기에 쓸 수 있는 키: {0}.</translation>
    </message>
    <message>
        <source>the presentation</source>
        <translation>발표 시간을</translation>
    </message>
    <message>
        <source>the item</source>
        <translation>항목 길이를</translation>
    </message>
    <message>
        <source>the phase</source>
        <translation>순서 시간을</translation>
    </message>
    <message>
        <source>write it as a phase with kind = &quot;presentation&quot; and its duration</source>
        <translation>kind = &quot;presentation&quot;인 순서로 시간과 함께 쓰세요</translation>
    </message>
    <message>
        <source>write it as a phase with kind = &quot;discussion&quot; and its duration</source>
        <translation>kind = &quot;discussion&quot;인 순서로 시간과 함께 쓰세요</translation>
    </message>
    <message>
        <source>write speakers = [ … ] in the phase they speak in</source>
        <translation>speakers = [ … ]는 발표자가 말하는 순서 안에 쓰세요</translation>
    </message>
    <message>
        <source>write gives_way = false in the discussion phase</source>
        <translation>토론 순서에 gives_way = false라고 쓰세요</translation>
    </message>
    <message>
        <source>a time of day</source>
        <translation>시각은</translation>
    </message>
    <message>
        <source>a length of time</source>
        <translation>시간 길이는</translation>
    </message>
    <message>
        <source>text</source>
        <translation>글자는</translation>
    </message>
    <message>
        <source>line {0}</source>
        <translation>{0}번째 줄</translation>
    </message>
    <message>
        <source>item {0} &apos;{1}&apos;</source>
        <translation>{0}번 항목 &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>item {0}</source>
        <translation>{0}번 항목</translation>
    </message>
    <message>
        <source>speaker {0}</source>
        <translation>{0}번째 발표자</translation>
    </message>
    <message>
        <source>phase {0}</source>
        <translation>{0}번 순서</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0}분</translation>
    </message>
    <message>
        <source>{0} s</source>
        <translation>{0}초</translation>
    </message>
    <message>
        <source>error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>note</source>
        <translation>참고</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>부</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>발표자</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>계획 시작</translation>
    </message>
    <message>
        <source>Planned length</source>
        <translation>계획 길이</translation>
    </message>
    <message>
        <source>Allotted</source>
        <translation>배정 시간</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>실제 시작</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>실제 종료</translation>
    </message>
    <message>
        <source>Actual length</source>
        <translation>실제 길이</translation>
    </message>
    <message>
        <source>Start difference (s)</source>
        <translation>시작 차이(초)</translation>
    </message>
    <message>
        <source>Length difference (s)</source>
        <translation>길이 차이(초)</translation>
    </message>
    <message>
        <source>Over allotted (s)</source>
        <translation>배정 초과(초)</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>좌장</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Drift (s, + behind plan)</source>
        <translation>지연(초, +는 늦음)</translation>
    </message>
    <message>
        <source>Drift (min)</source>
        <translation>지연(분)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>조작</translation>
    </message>
    <message>
        <source>Questions in {name}: {count}, {asked} on average to ask and {answered} to answer</source>
        <translation>{name}의 질문: {count}개, 평균 질문 {asked}, 답변 {answered}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>live</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>next</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>예정</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>Ended {actual} (planned {planned}, {difference})</source>
        <translation>종료 {actual} (계획 {planned}, {difference})</translation>
    </message>
    <message>
        <source>Not ended; last projected end {actual} (planned {planned}, {difference})</source>
        <translation>종료되지 않음. 마지막 예상 종료 {actual} (계획 {planned}, {difference})</translation>
    </message>
    <message>
        <source>Over plan: {over} in {count} item(s); under plan: {under}</source>
        <translation>계획보다 길어진 시간: {over} (항목 {count}개), 줄어든 시간: {under}</translation>
    </message>
    <message>
        <source>Longest overrun: {name} {over}</source>
        <translation>가장 길어진 항목: {name} {over}</translation>
    </message>
    <message>
        <source>{count} speaker turn(s) over their time; longest: {name} {over}</source>
        <translation>배정 시간을 넘긴 발표 {count}건, 가장 긴 초과: {name} {over}</translation>
    </message>
    <message>
        <source>No speaker went over their time</source>
        <translation>배정 시간을 넘긴 발표가 없습니다</translation>
    </message>
    <message>
        <source>Skipped: {count} item(s) ({numbers})</source>
        <translation>건너뛴 항목 {count}개 ({numbers})</translation>
    </message>
</context>
<context>
    <name>RunSheetColumn</name>
    <message>
        <source>time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>end</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>length</source>
        <translation>소요</translation>
    </message>
    <message>
        <source>title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>part</source>
        <translation>부</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>presenter</source>
        <translation>발표자</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>MC&apos;s lines</source>
        <translation>사회자 멘트</translation>
    </message>
</context>
</TS>
