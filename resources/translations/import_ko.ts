<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a run sheet</source>
        <translation>진행표 가져오기</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>파일 열기…</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>붙여넣기</translation>
    </message>
    <message>
        <source>Paste a table copied from Excel, Hangul or Word</source>
        <translation>엑셀, 한글, 워드에서 복사한 표를 붙여넣습니다</translation>
    </message>
    <message>
        <source>The worksheet to import</source>
        <translation>가져올 시트</translation>
    </message>
    <message>
        <source>Several names are speakers</source>
        <translation>여러 이름은 발표자로</translation>
    </message>
    <message>
        <source>Several names in one row (홍길동, 김철수) become speakers sharing its time, and 지정토론: … a designated discussion; off: kept as one presenter</source>
        <translation>한 행의 여러 이름(홍길동, 김철수)을 그 시간을 나눠 쓰는 발표자로, &apos;지정토론: …&apos;을 지정토론 순서로 가져옵니다. 끄면 한 발표자로 둡니다</translation>
    </message>
    <message>
        <source>Paste the run sheet here: a table copied from Excel, Hangul or Word, with columns such as 시간 (소요), 주요 내용, 비고.</source>
        <translation>여기에 진행표를 붙여넣으세요: 엑셀, 한글, 워드에서 복사한 표로, 시간 (소요), 주요 내용, 비고 같은 열이 있으면 됩니다.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Open a file or paste a table to start.</source>
        <translation>파일을 열거나 표를 붙여넣어 시작하세요.</translation>
    </message>
    <message>
        <source>Open a run sheet</source>
        <translation>진행표 열기</translation>
    </message>
    <message>
        <source>Run sheets (*.xlsx *.xlsm *.csv *.tsv *.txt);;All files (*)</source>
        <translation>진행표 (*.xlsx *.xlsm *.csv *.tsv *.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Pasted run sheet</source>
        <translation>붙여넣은 진행표</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>붙여넣은 글</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(사용 안 함)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>End</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>소요</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>부</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>발표자</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>MC&apos;s lines</source>
        <translation>사회자 멘트</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Guessed from the cells: check it</source>
        <translation>내용을 보고 추측한 것입니다: 확인하세요</translation>
    </message>
    <message>
        <source>Column role</source>
        <translation>열의 역할</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), %1–%2.</source>
        <translation>
            <numerusform>항목 %n개, %1–%2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be used: see the list above.</source>
        <translation>
            <numerusform>%n개 행을 쓸 수 없습니다: 위 목록을 보세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot import yet: see the problems listed above.</source>
        <translation>아직 가져올 수 없습니다: 위에 나열된 문제를 보세요.</translation>
    </message>
    <message>
        <source>This cannot be imported: see the reason above.</source>
        <translation>가져올 수 없습니다: 위의 이유를 보세요.</translation>
    </message>
</context>
</TS>
