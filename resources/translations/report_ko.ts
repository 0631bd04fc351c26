<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>DriftChart</name>
    <message>
        <source>Drift: behind (+) or ahead (–) of plan</source>
        <translation>지연: 계획보다 늦음(+) 또는 빠름(–)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>분</translation>
    </message>
    <message>
        <source>No data yet: the show has not started.</source>
        <translation>아직 자료가 없습니다. 행사가 시작되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>OverUnderChart</name>
    <message>
        <source>Over (+) and under (–) the time given</source>
        <translation>배정 시간 대비 초과(+)·단축(–)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>분</translation>
    </message>
    <message>
        <source>Everything that ran kept to the time it was given (within a second).</source>
        <translation>진행된 모든 순서가 배정 시간을 지켰습니다(1초 이내).</translation>
    </message>
    <message>
        <source>No data yet: nothing has finished.</source>
        <translation>아직 자료가 없습니다. 끝난 순서가 없습니다.</translation>
    </message>
</context>
<context>
    <name>ReportWindow</name>
    <message>
        <source>emcee — show report</source>
        <translation>emcee — 행사 결과 보고</translation>
    </message>
    <message>
        <source>Open journal…</source>
        <translation>기록 파일 열기…</translation>
    </message>
    <message>
        <source>Past shows</source>
        <translation>지난 행사</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Item / speaker</source>
        <translation>항목 / 발표자</translation>
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
        <source>Difference</source>
        <translation>차이</translation>
    </message>
    <message>
        <source>Over allotted</source>
        <translation>배정 초과</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV 내보내기…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>JSON 내보내기…</translation>
    </message>
    <message>
        <source>Export charts (PNG)…</source>
        <translation>차트 내보내기(PNG)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Close the report (Esc, Ctrl+W)</source>
        <translation>보고서 닫기(Esc, Ctrl+W)</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>종료됨</translation>
    </message>
    <message>
        <source>not ended</source>
        <translation>종료되지 않음</translation>
    </message>
    <message>
        <source>Open a show journal</source>
        <translation>행사 기록 파일 열기</translation>
    </message>
    <message>
        <source>Show journals (*.jsonl)</source>
        <translation>행사 기록 파일 (*.jsonl)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>시간표</translation>
    </message>
    <message>
        <source>Over / under</source>
        <translation>초과 / 단축</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>지연</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>표</translation>
    </message>
    <message>
        <source>Chair %1</source>
        <translation>좌장 %1</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>토론</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV 내보내기</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>JSON 내보내기</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export charts to a folder</source>
        <translation>차트를 내보낼 폴더</translation>
    </message>
    <message>
        <source>Could not export: {0}</source>
        <translation>내보내지 못했습니다: {0}</translation>
    </message>
    <message>
        <source>Exported {0}</source>
        <translation>내보냄: {0}</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>Planned and actual times</source>
        <translation>계획 시간과 실제 시간</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>planned end {0}</source>
        <translation>계획 종료 {0}</translation>
    </message>
    <message>
        <source>ended {0}</source>
        <translation>종료 {0}</translation>
    </message>
    <message>
        <source>No data yet: nothing has started.</source>
        <translation>아직 자료가 없습니다. 시작된 순서가 없습니다.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>Actual, on time or shorter</source>
        <translation>실제 (제시간 또는 단축)</translation>
    </message>
    <message>
        <source>Actual, over the time given</source>
        <translation>실제, 배정 시간 초과</translation>
    </message>
    <message>
        <source>Speaker turn</source>
        <translation>발표자 순서</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>토론</translation>
    </message>
</context>
<context>
    <name>_RowChart</name>
    <message>
        <source>Discussion</source>
        <translation>토론</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>발표</translation>
    </message>
</context>
</TS>
