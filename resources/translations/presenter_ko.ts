<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Presenter</name>
    <message>
        <source>Time left</source>
        <translation>남은 시간</translation>
    </message>
    <message>
        <source>Time is nearly up</source>
        <translation>곧 종료</translation>
    </message>
    <message>
        <source>Please wrap up</source>
        <translation>마무리해 주세요</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>시간 종료</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>시간 초과</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>경과 시간</translation>
    </message>
    <message>
        <source>Current time</source>
        <translation>현재 시각</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>발표</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>토론</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>휴식</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>등록</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>개회</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>폐회</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>다음: %1</translation>
    </message>
    <message>
        <source>Question %1 · %2</source>
        <translation>질문 %1 · %2</translation>
    </message>
    <message>
        <source>Chair %1</source>
        <translation>좌장 %1</translation>
    </message>
    <message>
        <source>Answer %1 · %2</source>
        <translation>답변 %1 · %2</translation>
    </message>
    <message>
        <source>%1 — resuming at %2</source>
        <translation>%1 — %2에 다시 시작합니다</translation>
    </message>
    <message>
        <source>%1 — resuming shortly</source>
        <translation>%1 — 곧 다시 시작합니다</translation>
    </message>
    <message>
        <source>(planned %1)</source>
        <translation>(예정 %1)</translation>
    </message>
    <message>
        <source>Starts at %1</source>
        <translation>%1에 시작합니다</translation>
    </message>
    <message>
        <source>Starting shortly</source>
        <translation>곧 시작합니다</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>감사합니다</translation>
    </message>
</context>
<context>
    <name>PresenterPreview</name>
    <message>
        <source>What the presenter screen shows now</source>
        <translation>지금 발표자 화면에 보이는 모습</translation>
    </message>
</context>
<context>
    <name>PresenterScreens</name>
    <message>
        <source>Show presenter screen</source>
        <translation>발표자 화면 표시</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>전체 화면</translation>
    </message>
    <message>
        <source>Presenter screen</source>
        <translation>발표자 화면</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>화면</translation>
    </message>
    <message>
        <source>Automatic (a screen other than the console&apos;s)</source>
        <translation>자동 (콘솔이 없는 화면)</translation>
    </message>
    <message>
        <source>%1 (console)</source>
        <translation>%1 (콘솔)</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>색상</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>기본</translation>
    </message>
    <message>
        <source>High contrast (colour-blind safe)</source>
        <translation>고대비 (색각 이상에도 구별되는 색)</translation>
    </message>
    <message>
        <source>Slow blink in overtime</source>
        <translation>시간 초과 때 천천히 깜박이기</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>emcee — presenter screen</source>
        <translation>emcee — 발표자 화면</translation>
    </message>
</context>
</TS>
