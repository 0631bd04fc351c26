<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Applied to the show at %1. Ctrl+Z outside the editor takes it back.</source>
        <translation>%1에 진행에 적용했습니다. 편집기 밖에서 Ctrl+Z를 누르면 되돌립니다.</translation>
    </message>
    <message>
        <source>Revert to the show's version</source>
        <translation>현재 진행표로 되돌리기</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>길이</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>발표자</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모 (비고)</translation>
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
        <source>Presentations</source>
        <translation>발표</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>토론</translation>
    </message>
    <message>
        <source>Speakers' shares</source>
        <translation>발표자 시간 배분</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>타이머</translation>
    </message>
    <message>
        <source>Warning before the end</source>
        <translation>종료 전 경고</translation>
    </message>
    <message>
        <source>Final warning</source>
        <translation>마지막 경고</translation>
    </message>
    <message>
        <source>Shortest length</source>
        <translation>최소 길이</translation>
    </message>
    <message>
        <source>Keeps its full length (a long presentation delays the item)</source>
        <translation>토론 시간을 그대로 지킵니다 (발표가 길어지면 항목이 늦게 끝남)</translation>
    </message>
    <message>
        <source>e.g. 2부</source>
        <translation>예: 2부</translation>
    </message>
    <message>
        <source>person, role or organisation</source>
        <translation>사람, 직책 또는 기관</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>자동</translation>
    </message>
    <message>
        <source>half the length</source>
        <translation>길이의 절반</translation>
    </message>
    <message>
        <source>For the moderator; never on the presenter screen</source>
        <translation>사회자용 메모이며 발표자 화면에는 나오지 않습니다</translation>
    </message>
    <message>
        <source>MC's lines</source>
        <translation>사회자 멘트</translation>
    </message>
    <message>
        <source>사회자 멘트, said as the item starts (the MC's script)</source>
        <translation>항목을 시작할 때 사회자가 할 말</translation>
    </message>
    <message>
        <source>Edit the MC's lines</source>
        <translation>사회자 멘트 편집</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>부제</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>주최</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>e.g. 2023-06-23</source>
        <translation>예: 2023-06-23</translation>
    </message>
    <message>
        <source>Must end by</source>
        <translation>마감 시각</translation>
    </message>
    <message>
        <source>the first item's start</source>
        <translation>첫 항목의 시작 시각</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>등록</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>좌장</translation>
    </message>
    <message>
        <source>좌장; on a part's first item, the part's</source>
        <translation>좌장. 부의 첫 항목에 쓰면 그 부의 좌장</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>개회</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>보고</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>강연·발표</translation>
    </message>
    <message>
        <source>Session (presentations + discussion)</source>
        <translation>세션 (발표 + 토론)</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>휴식</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>폐회</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Question timer (Q)</source>
        <translation>질문 타이머 (Q)</translation>
    </message>
    <message>
        <source>1 min</source>
        <translation>1분</translation>
    </message>
    <message>
        <source>Answer timer (Q again)</source>
        <translation>답변 타이머 (Q 한 번 더)</translation>
    </message>
    <message>
        <source>2 min</source>
        <translation>2분</translation>
    </message>
    <message>
        <source>Count down the time left</source>
        <translation>남은 시간을 거꾸로 셉니다</translation>
    </message>
    <message>
        <source>Count up the time used</source>
        <translation>쓴 시간을 셉니다</translation>
    </message>
    <message>
        <source>Show the time of day</source>
        <translation>현재 시각을 보여 줍니다</translation>
    </message>
    <message>
        <source>Count down to the scheduled end</source>
        <translation>예정 종료 시각까지 거꾸로 셉니다</translation>
    </message>
    <message>
        <source>Room chime (hall speakers)</source>
        <translation>장내 차임 (행사장 스피커)</translation>
    </message>
    <message>
        <source>Change the room chime</source>
        <translation>장내 차임 바꾸기</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>끔</translation>
    </message>
    <message>
        <source>At time up</source>
        <translation>시간 종료 때</translation>
    </message>
    <message>
        <source>At the final warning and time up</source>
        <translation>마지막 경고와 시간 종료 때</translation>
    </message>
    <message>
        <source>At both warnings and time up</source>
        <translation>두 경고와 시간 종료 때</translation>
    </message>
    <message>
        <source>At the warning and time up</source>
        <translation>종료 전 경고와 시간 종료 때</translation>
    </message>
    <message>
        <source>At the warning only</source>
        <translation>종료 전 경고 때만</translation>
    </message>
    <message>
        <source>At the final warning only</source>
        <translation>마지막 경고 때만</translation>
    </message>
    <message>
        <source>At both warnings only</source>
        <translation>두 경고 때만</translation>
    </message>
    <message>
        <source>Even: who runs over takes from those still to come</source>
        <translation>균등: 초과한 시간은 남은 발표자들의 몫에서 나눠 줄입니다</translation>
    </message>
    <message>
        <source>Fixed: everyone keeps their planned share</source>
        <translation>고정: 모두 계획된 시간을 그대로 씁니다</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>%1번 항목</translation>
    </message>
    <message>
        <source>Speakers (%1)</source>
        <translation>발표자 (%1)</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>행사 정보</translation>
    </message>
    <message>
        <source>'%1' is not a length: write minutes (35) or e.g. 4:30.</source>
        <translation>'%1'은(는) 시간 길이가 아닙니다: 분 단위 숫자(35)나 4:30처럼 쓰세요.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 수정</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>메모 수정</translation>
    </message>
    <message>
        <source>Edit start</source>
        <translation>시작 시각 수정</translation>
    </message>
    <message>
        <source>'%1' is not a time of day: write e.g. 13:05.</source>
        <translation>'%1'은(는) 시각이 아닙니다: 13:05처럼 쓰세요.</translation>
    </message>
    <message>
        <source>Change kind</source>
        <translation>종류 변경</translation>
    </message>
    <message>
        <source>Change shares</source>
        <translation>시간 배분 방식 변경</translation>
    </message>
    <message>
        <source>Change discussion</source>
        <translation>토론 시간 설정 변경</translation>
    </message>
    <message>
        <source>Change timer</source>
        <translation>타이머 변경</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>되돌리기: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>다시 실행: %1</translation>
    </message>
    <message>
        <source>Phases (%1)</source>
        <translation>순서 (%1)</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>새 항목</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>항목 추가</translation>
    </message>
    <message>
        <source>Duplicate item</source>
        <translation>항목 복제</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>항목 삭제</translation>
    </message>
    <message>
        <source>Move item</source>
        <translation>항목 이동</translation>
    </message>
    <message>
        <source>'%1' is not a date: write e.g. 2023-06-23.</source>
        <translation>'%1'은(는) 날짜가 아닙니다: 2023-06-23처럼 쓰세요.</translation>
    </message>
    <message>
        <source>Edit date</source>
        <translation>날짜 수정</translation>
    </message>
    <message>
        <source>Change the phase's kind</source>
        <translation>순서 종류 바꾸기</translation>
    </message>
    <message>
        <source>Edit the phase's title</source>
        <translation>순서 이름 편집</translation>
    </message>
    <message>
        <source>Edit the phase's length</source>
        <translation>순서 길이 편집</translation>
    </message>
    <message>
        <source>Gives way</source>
        <translation>양보</translation>
    </message>
    <message>
        <source>Change giving way</source>
        <translation>양보 바꾸기</translation>
    </message>
    <message>
        <source>Yes: an earlier phase running over takes its time</source>
        <translation>예: 앞 순서가 길어지면 이 순서의 시간을 씁니다</translation>
    </message>
    <message>
        <source>No: it keeps its length</source>
        <translation>아니요: 자기 길이를 지킵니다</translation>
    </message>
    <message>
        <source>Presenter screen</source>
        <translation>발표자 화면</translation>
    </message>
    <message>
        <source>Change the names on screen</source>
        <translation>화면의 이름 표시 바꾸기</translation>
    </message>
    <message>
        <source>Shows the names called there too</source>
        <translation>소개하는 이름을 발표자 화면에도 띄웁니다</translation>
    </message>
    <message>
        <source>사회자 멘트, said as the phase starts</source>
        <translation>순서를 시작할 때 하는 사회자 멘트</translation>
    </message>
    <message>
        <source>Edit the phase's MC lines</source>
        <translation>순서의 사회자 멘트 편집</translation>
    </message>
    <message>
        <source>Edit the phase's notes</source>
        <translation>순서 메모 편집</translation>
    </message>
</context>
<context>
    <name>AgendaFiles</name>
    <message>
        <source>Save agenda</source>
        <translation>진행표 저장</translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation>최근 파일 열기</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>목록 지우기</translation>
    </message>
    <message>
        <source>Opening another agenda ends the current show. Continue?</source>
        <translation>다른 진행표를 열면 지금 진행이 끝납니다. 계속할까요?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경</translation>
    </message>
    <message>
        <source>The agenda “%1” has changes that are not saved.</source>
        <translation>진행표 “%1”에 저장하지 않은 변경이 있습니다.</translation>
    </message>
    <message>
        <source>Save them first?</source>
        <translation>먼저 저장할까요?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>변경 버리기</translation>
    </message>
    <message>
        <source>Open agenda</source>
        <translation>진행표 열기</translation>
    </message>
    <message>
        <source>Agenda (*.toml);;All files (*)</source>
        <translation>진행표 (*.toml);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>The file is no longer there:</source>
        <translation>파일이 더 이상 없습니다:</translation>
    </message>
    <message>
        <source>This agenda cannot be used:</source>
        <translation>이 진행표는 사용할 수 없습니다:</translation>
    </message>
    <message>
        <source>Import run sheet</source>
        <translation>진행표 가져오기</translation>
    </message>
    <message>
        <source>Save agenda as</source>
        <translation>다른 이름으로 진행표 저장</translation>
    </message>
    <message>
        <source>Agenda (*.toml)</source>
        <translation>진행표 (*.toml)</translation>
    </message>
    <message>
        <source>The built-in event cannot be changed: choose another name.</source>
        <translation>내장 행사 진행표는 바꿀 수 없습니다. 다른 이름을 고르세요.</translation>
    </message>
    <message>
        <source>The agenda could not be saved:</source>
        <translation>진행표를 저장하지 못했습니다:</translation>
    </message>
    <message>
        <source>The agenda has problems (%1).</source>
        <translation>진행표에 문제가 %1건 있습니다.</translation>
    </message>
    <message>
        <source>emcee cannot open the file until they are fixed. Save it anyway?</source>
        <translation>문제를 고치기 전에는 emcee에서 이 파일을 열 수 없습니다. 그래도 저장할까요?</translation>
    </message>
    <message>
        <source>a new agenda (not saved to a file)</source>
        <translation>새 진행표 (파일로 저장되지 않음)</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>저장하지 않은 변경 복구</translation>
    </message>
    <message>
        <source>emcee closed without saving changes to “%1” (%2, last written at %3).</source>
        <translation>emcee가 “%1”의 변경을 저장하지 못하고 종료되었습니다 (%2, 마지막 자동 저장 %3).</translation>
    </message>
    <message>
        <source>Recover them into the agenda editor? The show keeps its agenda until you apply them.</source>
        <translation>진행표 편집기로 복구할까요? 적용하기 전까지 진행은 지금의 진행표를 그대로 씁니다.</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>복구</translation>
    </message>
    <message>
        <source>Discard them</source>
        <translation>버리기</translation>
    </message>
</context>
<context>
    <name>AgendaTabs</name>
    <message>
        <source>Live agenda</source>
        <translation>현재 진행표</translation>
    </message>
    <message>
        <source>not saved to a file</source>
        <translation>파일로 저장되지 않음</translation>
    </message>
    <message>
        <source>Edit agenda — %1</source>
        <translation>진행표 편집 — %1</translation>
    </message>
</context>
<context>
    <name>ApplyBar</name>
    <message>
        <source>Revert to the show's version</source>
        <translation>현재 진행표로 되돌리기</translation>
    </message>
    <message>
        <source>Make the draft what the show runs now (undoable)</source>
        <translation>편집본을 현재 진행표와 같게 만듭니다 (되돌릴 수 있음)</translation>
    </message>
    <message>
        <source>The show runs this version of the agenda.</source>
        <translation>지금 이 진행표로 진행하고 있습니다.</translation>
    </message>
    <message>
        <source>Not applied to the show yet (%1)</source>
        <translation>진행에 아직 적용되지 않은 변경 %1건</translation>
    </message>
    <message>
        <source>the show cannot take them now.</source>
        <translation>지금은 진행에 적용할 수 없습니다.</translation>
    </message>
    <message>
        <source>fix the problems first (▲).</source>
        <translation>먼저 문제(▲)를 고치세요.</translation>
    </message>
    <message>
        <source>programme changed</source>
        <translation>행사 정보 변경</translation>
    </message>
    <message>
        <source>%1. '%2' added</source>
        <translation>%1. '%2' 추가</translation>
    </message>
    <message>
        <source>'%2' removed</source>
        <translation>'%2' 삭제</translation>
    </message>
    <message>
        <source>'%2' moved to %1</source>
        <translation>'%2'을(를) %1번으로 이동</translation>
    </message>
    <message>
        <source>%1. '%2' changed</source>
        <translation>%1. '%2' 변경</translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <source>As for the kind: %1</source>
        <translation>종류에 따름: %1</translation>
    </message>
    <message>
        <source>after the previous item</source>
        <translation>앞 항목에 이어서</translation>
    </message>
    <message>
        <source>until the next start</source>
        <translation>다음 항목 시작까지</translation>
    </message>
    <message>
        <source>Planned: cannot be worked out yet (see below).</source>
        <translation>계획: 아직 계산할 수 없습니다 (아래를 보세요).</translation>
    </message>
    <message>
        <source>%1 (after the previous item)</source>
        <translation>%1 (앞 항목에 이어서)</translation>
    </message>
    <message>
        <source>%1 (worked out)</source>
        <translation>%1 (계산됨)</translation>
    </message>
    <message>
        <source>Planned %1–%2 (%3)</source>
        <translation>계획 %1–%2 (%3)</translation>
    </message>
    <message>
        <source>presentations</source>
        <translation>발표</translation>
    </message>
    <message>
        <source>discussion</source>
        <translation>토론</translation>
    </message>
    <message>
        <source>%1 (the rest)</source>
        <translation>%1 (나머지 시간)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
</context>
<context>
    <name>ItemList</name>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>End</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>길이</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>발표자</translation>
    </message>
    <message>
        <source>This row has a problem:</source>
        <translation>이 줄에 문제가 있습니다:</translation>
    </message>
    <message>
        <source>Live now</source>
        <translation>지금 진행 중</translation>
    </message>
    <message>
        <source>Already run</source>
        <translation>이미 진행함</translation>
    </message>
    <message>
        <source>Differs from what the show runs (not applied yet)</source>
        <translation>현재 진행표와 다릅니다 (아직 적용 안 됨)</translation>
    </message>
    <message>
        <source>Fixed start (bold), as written in the agenda</source>
        <translation>진행표에 적어 둔 고정 시작 시각 (굵은 글씨)</translation>
    </message>
    <message>
        <source>Starts where the previous item ends</source>
        <translation>앞 항목이 끝나면 바로 시작합니다</translation>
    </message>
    <message>
        <source>%1 items · %2–%3</source>
        <translation>항목 %1개 · %2–%3</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>항목 %1개</translation>
    </message>
    <message>
        <source>problems: %1</source>
        <translation>문제 %1건</translation>
    </message>
</context>
<context>
    <name>PhasePane</name>
    <message>
        <source>Edit phases</source>
        <translation>순서 나누기</translation>
    </message>
    <message>
        <source>List the item's phases, each with its own fields: the plan stays the same</source>
        <translation>항목의 순서를 하나씩 나눠 각각 편집합니다. 계획은 그대로입니다</translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation>순서 추가</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>위로</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>아래로</translation>
    </message>
    <message>
        <source>Phases run one after the other, each with its own timer.</source>
        <translation>순서는 차례로 진행되며 각자 타이머가 있습니다.</translation>
    </message>
    <message>
        <source>This item is written in the short form: presentations, then discussion. Edit phases lists them so that each can be edited.</source>
        <translation>이 항목은 짧은 형식(발표 다음 토론)으로 적혀 있습니다. '순서 나누기'를 누르면 순서마다 편집할 수 있습니다.</translation>
    </message>
    <message>
        <source>This item is one block of time. Add a phase to divide it.</source>
        <translation>이 항목은 시간 한 덩어리입니다. 나누려면 순서를 추가하세요.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>As for the kind: %1</source>
        <translation>종류에 따름: %1</translation>
    </message>
    <message>
        <source>%1 (the people's times)</source>
        <translation>%1 (사람별 시간의 합)</translation>
    </message>
    <message>
        <source>the rest of the item</source>
        <translation>항목의 남은 시간</translation>
    </message>
    <message>
        <source>Discussants: name, affiliation and each one's own time.</source>
        <translation>지정토론자: 이름, 소속, 각자의 시간.</translation>
    </message>
    <message>
        <source>Names called, in order: name and title; the MC steps through them with Next.</source>
        <translation>소개할 분들의 이름과 직함을 차례대로 적으세요. 사회자가 '다음'으로 한 분씩 넘깁니다.</translation>
    </message>
    <message>
        <source>Discussant</source>
        <translation>토론자</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>소속</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>직함</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Add discussant</source>
        <translation>토론자 추가</translation>
    </message>
    <message>
        <source>Add name</source>
        <translation>이름 추가</translation>
    </message>
    <message>
        <source>Speakers of this phase; a length typed for one is theirs.</source>
        <translation>이 순서의 발표자입니다. 한 사람에게 적은 길이는 그 사람의 시간입니다.</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>발표자</translation>
    </message>
    <message>
        <source>Add speaker</source>
        <translation>발표자 추가</translation>
    </message>
    <message>
        <source>Remove phase</source>
        <translation>순서 삭제</translation>
    </message>
    <message>
        <source>Move phase</source>
        <translation>순서 이동</translation>
    </message>
</context>
<context>
    <name>PlanNote</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n분</numerusform>
        </translation>
    </message>
    <message>
        <source>These are the planned times, as in the file. The show runs them moved by %1: it started at %2 instead of %3, and the live agenda shows the moved times.</source>
        <translation>여기의 시각은 파일에 적힌 계획입니다. 진행은 이 시각을 %1 옮겨 %3 대신 %2에 시작했고, 현재 진행표에는 옮긴 시각이 보입니다.</translation>
    </message>
</context>
<context>
    <name>SpeakerList</name>
    <message>
        <source>Presenter</source>
        <translation>발표자</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>길이</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모 (비고)</translation>
    </message>
    <message>
        <source>MC's lines</source>
        <translation>사회자 멘트</translation>
    </message>
    <message>
        <source>even share</source>
        <translation>균등 배분</translation>
    </message>
    <message>
        <source>Minutes for this speaker (e.g. 6 or 5m30s); empty: an even share of what is left</source>
        <translation>이 발표자의 시간 (예: 6 또는 5m30s). 비워 두면 남은 시간을 똑같이 나눠 받습니다</translation>
    </message>
    <message>
        <source>Add speaker</source>
        <translation>발표자 추가</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>위로</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>아래로</translation>
    </message>
    <message>
        <source>Split evenly</source>
        <translation>균등 배분</translation>
    </message>
    <message>
        <source>Forget every speaker's own length: equal shares</source>
        <translation>발표자별 시간을 모두 지우고 똑같이 나눕니다</translation>
    </message>
    <message>
        <source>Speakers share the presentations (or the whole item). A length typed for a speaker is theirs; the others split the rest evenly. Drag rows or use Ctrl+↑/↓ to reorder.</source>
        <translation>발표자들은 발표 시간(단계가 없으면 항목 전체)을 나눠 씁니다. 시간을 적은 발표자는 그 시간을 받고, 나머지는 남은 시간을 똑같이 나눕니다. 순서는 줄을 끌거나 Ctrl+↑/↓로 바꿉니다.</translation>
    </message>
    <message>
        <source>This item lists its phases: its speakers are edited with each phase.</source>
        <translation>이 항목은 순서를 나눠 적었습니다. 발표자는 순서 탭에서 순서마다 편집합니다.</translation>
    </message>
    <message>
        <source>Edit speaker</source>
        <translation>발표자 수정</translation>
    </message>
    <message>
        <source>New speaker</source>
        <translation>새 발표자</translation>
    </message>
    <message>
        <source>Remove speaker</source>
        <translation>발표자 삭제</translation>
    </message>
    <message>
        <source>Move speaker</source>
        <translation>발표자 순서 변경</translation>
    </message>
</context>
</TS>
