<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AgendaModel</name>
    <message>
        <source>Presentations</source>
        <translation>발표</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>토론</translation>
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
        <source>%1 min</source>
        <translation>%1분</translation>
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
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>실제 시작</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>실제 소요</translation>
    </message>
    <message>
        <source>Over/under (vs Length)</source>
        <translation>초과/단축(길이 대비)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>This agenda cannot be used:</source>
        <translation>이 진행표는 사용할 수 없습니다:</translation>
    </message>
    <message>
        <source>emcee could not read this agenda:</source>
        <translation>emcee가 이 진행표를 읽지 못했습니다:</translation>
    </message>
    <message>
        <source>An error in emcee itself (%1). Open another agenda, or check this one with “emcee check”.</source>
        <translation>emcee 자체의 오류입니다(%1). 다른 진행표를 열거나 “emcee check”로 이 파일을 확인하세요.</translation>
    </message>
    <message>
        <source>An internal error was written to %1; the show goes on.</source>
        <translation>내부 오류를 %1에 기록했습니다. 진행은 계속됩니다.</translation>
    </message>
    <message>
        <source>Resumed “%1”, last recorded at %2; stopped for %3, which counts.</source>
        <translation>“%1” 진행을 이어서 시작했습니다 (마지막 기록 %2, 멈춘 시간 %3도 계산됨).</translation>
    </message>
</context>
<context>
    <name>AwakeKeeper</name>
    <message>
        <source>a live show is running</source>
        <translation>행사 진행 중</translation>
    </message>
    <message>
        <source>Screen kept awake</source>
        <translation>화면 꺼짐 방지 중</translation>
    </message>
    <message>
        <source>The screen may go dark: turn off sleep in the power settings</source>
        <translation>화면이 꺼질 수 있습니다: 전원 설정에서 절전을 끄세요</translation>
    </message>
    <message>
        <source>While the show runs, the laptop and the projector do not sleep or start the screen saver (%1). A pause longer than %2 min lets them sleep again.</source>
        <translation>행사가 진행되는 동안 노트북과 프로젝터가 절전 모드나 화면 보호기로 넘어가지 않습니다(%1). %2분보다 오래 일시 정지하면 다시 절전할 수 있습니다.</translation>
    </message>
    <message>
        <source>emcee could not keep the screen awake (%1). Turn off the screen saver and sleep in the system&apos;s power settings for the show.</source>
        <translation>emcee가 화면 꺼짐을 막지 못했습니다(%1). 행사 동안 시스템 전원 설정에서 화면 보호기와 절전을 끄세요.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>presentation</source>
        <translation>발표</translation>
    </message>
    <message>
        <source>discussion</source>
        <translation>토론</translation>
    </message>
    <message>
        <source>%1: %2 left</source>
        <translation>%1: %2 남음</translation>
    </message>
    <message>
        <source>%1: time is up</source>
        <translation>%1: 시간 종료</translation>
    </message>
    <message>
        <source>%1 over time %2</source>
        <translation>%1 시간 초과 %2</translation>
    </message>
</context>
<context>
    <name>ConsoleMenus</name>
    <message>
        <source>Screen and colours</source>
        <translation>화면과 색</translation>
    </message>
    <message>
        <source>the default output</source>
        <translation>기본 출력 장치</translation>
    </message>
    <message>
        <source>Automatic: the presenter screen&apos;s (%1)</source>
        <translation>자동: 발표자 화면 쪽 출력 (%1)</translation>
    </message>
    <message>
        <source>No audio output found</source>
        <translation>소리 출력 장치가 없습니다</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>진행(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Presenter</source>
        <translation>발표자 화면(&amp;P)</translation>
    </message>
    <message>
        <source>S&amp;ound</source>
        <translation>소리(&amp;O)</translation>
    </message>
    <message>
        <source>Room chime output</source>
        <translation>장내 차임 출력 장치</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Alert volume</source>
        <translation>알림음 크기</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>Quit</source>
        <translation>끝내기</translation>
    </message>
    <message>
        <source>Drift (min, + late)</source>
        <translation>지연 (분, +는 늦음)</translation>
    </message>
    <message>
        <source>emcee — %1</source>
        <translation>emcee — %1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시정지</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>The show is running. Quit emcee?</source>
        <translation>진행 중입니다. emcee를 끝낼까요?</translation>
    </message>
</context>
<context>
    <name>KeyMap</name>
    <message>
        <source>Start / pause</source>
        <translation>시작 / 일시정지</translation>
    </message>
    <message>
        <source>Start, pause or resume the show</source>
        <translation>진행을 시작, 일시정지 또는 재개합니다</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>Next turn, phase or item</source>
        <translation>다음 순서, 단계 또는 항목으로 넘어갑니다</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>Back to the previous turn</source>
        <translation>이전 순서로 돌아갑니다</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1분</translation>
    </message>
    <message>
        <source>Give the current turn one more minute</source>
        <translation>현재 순서에 1분을 더 줍니다</translation>
    </message>
    <message>
        <source>–1 min</source>
        <translation>–1분</translation>
    </message>
    <message>
        <source>Take one minute off the current turn</source>
        <translation>현재 순서에서 1분을 줄입니다</translation>
    </message>
    <message>
        <source>+30 s</source>
        <translation>+30초</translation>
    </message>
    <message>
        <source>Give the current turn 30 more seconds</source>
        <translation>현재 순서에 30초를 더 줍니다</translation>
    </message>
    <message>
        <source>–30 s</source>
        <translation>–30초</translation>
    </message>
    <message>
        <source>Take 30 seconds off the current turn</source>
        <translation>현재 순서에서 30초를 줄입니다</translation>
    </message>
    <message>
        <source>Restart turn</source>
        <translation>이번 순서 다시 재기</translation>
    </message>
    <message>
        <source>Start the current turn again (press twice)</source>
        <translation>지금 순서를 처음부터 다시 재기(두 번 누르기)</translation>
    </message>
    <message>
        <source>Question timer</source>
        <translation>질문 타이머</translation>
    </message>
    <message>
        <source>In an open discussion or Q&amp;A: time a question; again, its answer; again, the next</source>
        <translation>종합토론·질의응답에서 질문 시간을 잽니다. 다시 누르면 답변, 한 번 더 누르면 다음 질문</translation>
    </message>
    <message>
        <source>Jump to selected</source>
        <translation>선택한 곳으로 이동</translation>
    </message>
    <message>
        <source>Go to the row selected in the agenda</source>
        <translation>진행표에서 선택한 줄로 이동합니다</translation>
    </message>
    <message>
        <source>Skip selected item</source>
        <translation>선택한 항목 건너뛰기</translation>
    </message>
    <message>
        <source>Leave the selected item out (undoable)</source>
        <translation>선택한 항목을 빼고 진행합니다 (되돌릴 수 있음)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <source>Undo the last action</source>
        <translation>마지막 조작을 되돌립니다</translation>
    </message>
    <message>
        <source>Apply the proposal</source>
        <translation>제안 적용</translation>
    </message>
    <message>
        <source>Shorten the items as proposed to end on time (undoable)</source>
        <translation>제안대로 순서를 줄여 제시간에 끝내기(되돌릴 수 있음)</translation>
    </message>
    <message>
        <source>End the show…</source>
        <translation>진행 종료…</translation>
    </message>
    <message>
        <source>Finish the show now</source>
        <translation>지금 진행을 끝냅니다</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>보고서…</translation>
    </message>
    <message>
        <source>Planned against actual, for this show and past ones</source>
        <translation>이번 진행과 지난 진행의 계획 대비 실제를 봅니다</translation>
    </message>
    <message>
        <source>Message…</source>
        <translation>메시지…</translation>
    </message>
    <message>
        <source>Type a message for the presenter screen</source>
        <translation>발표자 화면에 띄울 메시지를 입력합니다</translation>
    </message>
    <message>
        <source>Preset message</source>
        <translation>준비된 메시지</translation>
    </message>
    <message>
        <source>Send a preset message to the presenter screen</source>
        <translation>준비된 메시지를 발표자 화면에 띄웁니다</translation>
    </message>
    <message>
        <source>Clear message</source>
        <translation>메시지 지우기</translation>
    </message>
    <message>
        <source>Take the message off the presenter screen</source>
        <translation>발표자 화면의 메시지를 지웁니다</translation>
    </message>
    <message>
        <source>Blackout</source>
        <translation>화면 가리기</translation>
    </message>
    <message>
        <source>Black out the presenter screen</source>
        <translation>발표자 화면을 검게 가립니다</translation>
    </message>
    <message>
        <source>MC script window</source>
        <translation>사회자 멘트 창</translation>
    </message>
    <message>
        <source>Show the MC&apos;s script in a window of its own, or back</source>
        <translation>사회자 멘트를 별도 창으로 띄우거나 다시 넣습니다</translation>
    </message>
    <message>
        <source>MC script: page down</source>
        <translation>사회자 멘트: 아래로</translation>
    </message>
    <message>
        <source>Scroll the MC&apos;s script a page down</source>
        <translation>사회자 멘트를 한 화면 아래로 넘깁니다</translation>
    </message>
    <message>
        <source>MC script: page up</source>
        <translation>사회자 멘트: 위로</translation>
    </message>
    <message>
        <source>Scroll the MC&apos;s script a page up</source>
        <translation>사회자 멘트를 한 화면 위로 넘깁니다</translation>
    </message>
    <message>
        <source>Presenter screen</source>
        <translation>발표자 화면</translation>
    </message>
    <message>
        <source>Show or hide the presenter screen</source>
        <translation>발표자 화면을 켜거나 끕니다</translation>
    </message>
    <message>
        <source>Share on the network…</source>
        <translation>네트워크로 공유…</translation>
    </message>
    <message>
        <source>Show the timers and the programme on phones and screens</source>
        <translation>휴대폰과 다른 화면에 타이머와 프로그램을 보여 줍니다</translation>
    </message>
    <message>
        <source>Mute alerts</source>
        <translation>알림음 끄기</translation>
    </message>
    <message>
        <source>No sounds for warnings and overtime</source>
        <translation>경고와 시간 초과 알림음을 내지 않습니다</translation>
    </message>
    <message>
        <source>Test sound</source>
        <translation>소리 시험</translation>
    </message>
    <message>
        <source>Play the warning sound, to check the laptop&apos;s speakers</source>
        <translation>노트북 스피커를 확인하도록 경고 소리를 냅니다</translation>
    </message>
    <message>
        <source>Mute room chime</source>
        <translation>장내 차임 끄기</translation>
    </message>
    <message>
        <source>No chime on the hall&apos;s speakers, whatever the agenda says</source>
        <translation>행사 파일 설정과 상관없이 행사장 스피커로 차임을 울리지 않습니다</translation>
    </message>
    <message>
        <source>Open agenda…</source>
        <translation>진행표 열기…</translation>
    </message>
    <message>
        <source>Open another agenda file</source>
        <translation>다른 진행표 파일을 엽니다</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>끝내기</translation>
    </message>
    <message>
        <source>Close emcee</source>
        <translation>emcee를 닫습니다</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>What each key does</source>
        <translation>각 키가 하는 일</translation>
    </message>
    <message>
        <source>Error log…</source>
        <translation>오류 기록…</translation>
    </message>
    <message>
        <source>Where emcee writes what went wrong, and its folder</source>
        <translation>emcee가 문제를 기록하는 파일과 그 폴더</translation>
    </message>
    <message>
        <source>Edit agenda</source>
        <translation>진행표 편집</translation>
    </message>
    <message>
        <source>Edit the agenda beside the timer; the show goes on</source>
        <translation>타이머를 보면서 진행표를 고칩니다. 진행은 계속됩니다</translation>
    </message>
    <message>
        <source>Save agenda</source>
        <translation>진행표 저장</translation>
    </message>
    <message>
        <source>Write the agenda to its file</source>
        <translation>진행표를 그 파일에 저장합니다</translation>
    </message>
    <message>
        <source>Save agenda as…</source>
        <translation>다른 이름으로 진행표 저장…</translation>
    </message>
    <message>
        <source>Write the agenda to another file</source>
        <translation>진행표를 다른 파일로 저장합니다</translation>
    </message>
    <message>
        <source>Import run sheet…</source>
        <translation>진행표 가져오기…</translation>
    </message>
    <message>
        <source>Make an agenda from an Excel, CSV or pasted table</source>
        <translation>엑셀, CSV 또는 붙여넣은 표로 진행표를 만듭니다</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Add an item after the selected one</source>
        <translation>선택한 항목 뒤에 항목을 추가합니다</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>복제</translation>
    </message>
    <message>
        <source>Copy the selected item</source>
        <translation>선택한 항목을 복제합니다</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Remove the selected item</source>
        <translation>선택한 항목을 지웁니다</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>위로</translation>
    </message>
    <message>
        <source>Move the selected item up (or drag it)</source>
        <translation>선택한 항목을 위로 옮깁니다 (끌어서 놓아도 됩니다)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>아래로</translation>
    </message>
    <message>
        <source>Move the selected item down (or drag it)</source>
        <translation>선택한 항목을 아래로 옮깁니다 (끌어서 놓아도 됩니다)</translation>
    </message>
    <message>
        <source>Undo an edit</source>
        <translation>편집을 되돌립니다</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <source>Redo an edit</source>
        <translation>되돌린 편집을 다시 합니다</translation>
    </message>
    <message>
        <source>Apply to show</source>
        <translation>진행에 적용</translation>
    </message>
    <message>
        <source>Run the show on this version</source>
        <translation>이 진행표로 진행합니다</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1와 %2</translation>
    </message>
</context>
<context>
    <name>KeysHelp</name>
    <message>
        <source>Keys</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>The show (whatever has the focus, except while typing a message)</source>
        <translation>진행 (메시지를 입력하는 중이 아니면 어디에 포커스가 있든)</translation>
    </message>
    <message>
        <source>The agenda editor</source>
        <translation>진행표 편집기</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>하는 일</translation>
    </message>
</context>
<context>
    <name>LogHelp</name>
    <message>
        <source>Error log</source>
        <translation>오류 기록</translation>
    </message>
    <message>
        <source>emcee writes what went wrong (and what it did about it) to this file. Send it along when you report a problem.</source>
        <translation>emcee는 잘못된 일과 그에 대해 한 일을 이 파일에 기록합니다. 문제를 알릴 때 이 파일을 함께 보내 주세요.</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>폴더 열기</translation>
    </message>
</context>
<context>
    <name>McPane</name>
    <message>
        <source>MC script</source>
        <translation>사회자 멘트</translation>
    </message>
    <message>
        <source>The MC&apos;s script is in its own window (F7 brings it back).</source>
        <translation>사회자 멘트가 별도 창에 있습니다(F7을 누르면 돌아옵니다).</translation>
    </message>
    <message>
        <source>MC script — %1</source>
        <translation>사회자 멘트 — %1</translation>
    </message>
</context>
<context>
    <name>McScript</name>
    <message>
        <source>Own window (F7)</source>
        <translation>별도 창 (F7)</translation>
    </message>
    <message>
        <source>Show the MC&apos;s script in a window of its own, e.g. on a second screen</source>
        <translation>사회자 멘트를 별도 창으로 띄웁니다(예: 두 번째 화면)</translation>
    </message>
    <message>
        <source>This agenda has no lines for the MC (mc = …).</source>
        <translation>이 진행표에는 사회자 멘트(mc = …)가 없습니다.</translation>
    </message>
    <message>
        <source>MC script · %1</source>
        <translation>사회자 멘트 · %1</translation>
    </message>
</context>
<context>
    <name>MessagePanel</name>
    <message>
        <source>1 minute left</source>
        <translation>1분 남았습니다</translation>
    </message>
    <message>
        <source>Please wrap up</source>
        <translation>마무리 부탁드립니다</translation>
    </message>
    <message>
        <source>Time for questions</source>
        <translation>질문을 받겠습니다</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>시간이 다 되었습니다</translation>
    </message>
    <message>
        <source>5 minutes left</source>
        <translation>5분 남았습니다</translation>
    </message>
    <message>
        <source>Please speak closer to the microphone</source>
        <translation>마이크에 가까이 말씀해 주세요</translation>
    </message>
    <message>
        <source>Message to the presenter</source>
        <translation>발표자에게 메시지</translation>
    </message>
    <message>
        <source>Presenter screen is BLACKED OUT</source>
        <translation>발표자 화면 가림 중</translation>
    </message>
    <message>
        <source>Type a message and press Enter</source>
        <translation>메시지를 쓰고 Enter를 누르세요</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>보내기</translation>
    </message>
    <message>
        <source>Show this message on the presenter screen (Enter)</source>
        <translation>이 메시지를 발표자 화면에 띄웁니다 (Enter)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Blink</source>
        <translation>깜빡임</translation>
    </message>
    <message>
        <source>Send with the key %1</source>
        <translation>%1 키로 보냅니다</translation>
    </message>
    <message>
        <source>On the presenter screen: “%1”</source>
        <translation>발표자 화면에 표시 중: “%1”</translation>
    </message>
    <message>
        <source>No message on the presenter screen</source>
        <translation>발표자 화면에 메시지 없음</translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <source>Notes for the moderator</source>
        <translation>사회자 메모 (비고)</translation>
    </message>
    <message>
        <source>(no notes)</source>
        <translation>(메모 없음)</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>emcee was away for %1 (%2–%3): the laptop slept or the app was not responding. The timers counted that time.</source>
        <translation>emcee가 %1 동안 멈춰 있었습니다(%2–%3). 노트북이 절전 상태였거나 앱이 응답하지 않았습니다. 그 시간도 타이머에 계산했습니다.</translation>
    </message>
</context>
<context>
    <name>PresenterPane</name>
    <message>
        <source>Presenter screen</source>
        <translation>발표자 화면</translation>
    </message>
    <message>
        <source>off (%1 shows it)</source>
        <translation>꺼짐(%1 키로 켜기)</translation>
    </message>
    <message>
        <source>Presenter screen: %1</source>
        <translation>발표자 화면: %1</translation>
    </message>
    <message>
        <source>black (blackout)</source>
        <translation>검은 화면(화면 가리기)</translation>
    </message>
    <message>
        <source>your message “%1”</source>
        <translation>메시지 “%1” 표시 중</translation>
    </message>
    <message>
        <source>the clock only · %1</source>
        <translation>시계만 표시 중 · %1</translation>
    </message>
    <message>
        <source>the clock only</source>
        <translation>시계만 표시 중</translation>
    </message>
    <message>
        <source>a countdown · %1</source>
        <translation>카운트다운 표시 중 · %1</translation>
    </message>
    <message>
        <source>the time of day</source>
        <translation>현재 시각 표시 중</translation>
    </message>
    <message>
        <source>the countdown, paused</source>
        <translation>일시정지된 카운트다운 표시 중</translation>
    </message>
    <message>
        <source>the countdown</source>
        <translation>남은 시간 카운트다운 표시 중</translation>
    </message>
    <message>
        <source>No projector: the presenter screen is a window on this screen until one is connected (%1 hides it).</source>
        <translation>프로젝터가 연결되지 않았습니다: 연결될 때까지 발표자 화면을 이 화면에 창으로 띄웁니다 (%1로 숨기기).</translation>
    </message>
</context>
<context>
    <name>ProposalPanel</name>
    <message>
        <source>Apply</source>
        <translation>적용</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <source>Undo the last action (Ctrl+Z)</source>
        <translation>마지막 조작을 되돌립니다 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>discussion</source>
        <translation>토론</translation>
    </message>
    <message>
        <source>presentations</source>
        <translation>발표</translation>
    </message>
    <message>
        <source>Expected end %1 is %2 past %3. To finish on time:</source>
        <translation>예상 종료(%1)가 %3보다 %2 늦습니다. 제시간에 끝내려면:</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n분</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 → %3 (–%4)</source>
        <translation>%1: %2 → %3 (–%4)</translation>
    </message>
    <message>
        <source>%1 cannot be absorbed without going below the minimums.</source>
        <translation>최소 시간 아래로 줄이지 않고는 %1만큼을 더 줄일 수 없습니다.</translation>
    </message>
    <message>
        <source>Nothing left to shorten.</source>
        <translation>더 줄일 수 있는 항목이 없습니다.</translation>
    </message>
    <message>
        <source>The programme was shortened to finish on time.</source>
        <translation>제시간에 끝나도록 일정을 줄였습니다.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>폴더</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>찾는 위치(&amp;L):</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>파일 형식(&amp;T):</translation>
    </message>
</context>
<context>
    <name>Resume</name>
    <message>
        <source>Resume the show?</source>
        <translation>진행을 이어서 할까요?</translation>
    </message>
    <message>
        <source>The show “%1” did not end.</source>
        <translation>“%1” 진행이 끝나지 않은 채 멈췄습니다.</translation>
    </message>
    <message>
        <source>It started at %1 and was last recorded at %2. Resume it where it stands now (the time since then counts), or start a new show?</source>
        <translation>%1에 시작했고 마지막 기록은 %2입니다. 지금 시점에서 이어서 진행할까요(그동안 흐른 시간도 계산됩니다), 아니면 새로 시작할까요?</translation>
    </message>
    <message>
        <source>Resume the show</source>
        <translation>이어서 진행</translation>
    </message>
    <message>
        <source>Start a new show</source>
        <translation>새로 시작</translation>
    </message>
    <message>
        <source>How long was the show stopped?</source>
        <translation>진행이 얼마나 멈춰 있었나요?</translation>
    </message>
    <message>
        <source>The computer was restarted and its clock was changed, so emcee cannot tell how long “%1” was stopped: it was last recorded at %2 by the clock of that time, and the clock now says %3. The computer has been on for %4 min.</source>
        <translation>컴퓨터가 다시 시작되었고 시계도 바뀌어서, “%1” 진행이 얼마나 멈춰 있었는지 emcee가 알 수 없습니다. 마지막 기록은 그때 시계로 %2이고, 지금 시계는 %3입니다. 컴퓨터는 켜진 지 %4분 되었습니다.</translation>
    </message>
    <message>
        <source>Minutes the show was stopped (they count as the live turn&apos;s):</source>
        <translation>멈춰 있던 시간(분, 지금 순서의 시간으로 계산됩니다):</translation>
    </message>
    <message>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1분 %2초</translation>
    </message>
    <message>
        <source>There is no unfinished show to resume, so a new show is opened.</source>
        <translation>이어서 할, 끝나지 않은 진행이 없어 새로 시작합니다.</translation>
    </message>
    <message>
        <source>The show was resumed. About its journal:</source>
        <translation>진행을 이어서 시작했습니다. 기록 파일에 대한 안내:</translation>
    </message>
    <message>
        <source>The show “%1” cannot be resumed, so a new show is opened:</source>
        <translation>“%1” 진행을 이어서 할 수 없어 새로 시작합니다:</translation>
    </message>
</context>
<context>
    <name>ShowCommands</name>
    <message>
        <source>Start the show</source>
        <translation>진행 시작</translation>
    </message>
    <message>
        <source>The plan starts on %1 at %2; it is %3 %4 now.</source>
        <translation>계획은 %1 %2에 시작합니다. 지금은 %3 %4입니다.</translation>
    </message>
    <message>
        <source>The plan starts at %1; it is %2 now.</source>
        <translation>계획된 시작은 %1이고, 지금은 %2입니다.</translation>
    </message>
    <message>
        <source>Move the whole plan to start now (for a rehearsal), or keep the planned times?</source>
        <translation>전체 일정을 지금 시작하도록 옮길까요(리허설), 아니면 계획된 시각을 그대로 둘까요?</translation>
    </message>
    <message>
        <source>Move the plan to now</source>
        <translation>일정을 지금으로 옮기기</translation>
    </message>
    <message>
        <source>Keep the planned times</source>
        <translation>계획 시각 유지</translation>
    </message>
    <message>
        <source>Start the break</source>
        <translation>휴식 시작</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n분</numerusform>
        </translation>
    </message>
    <message>
        <source>The break would last %1, to the restart time %2; it is planned for %3.</source>
        <translation>이 휴식은 다시 시작하는 %2까지 %1 동안 이어집니다. 계획된 길이는 %3입니다.</translation>
    </message>
    <message>
        <source>The break would last only %1, to the restart time %2; it is planned for %3.</source>
        <translation>이 휴식은 다시 시작하는 %2까지 %1밖에 되지 않습니다. 계획된 길이는 %3입니다.</translation>
    </message>
    <message>
        <source>Restart at %1</source>
        <translation>%1에 다시 시작</translation>
    </message>
    <message>
        <source>Restart after %1</source>
        <translation>%1 쉬고 다시 시작</translation>
    </message>
    <message>
        <source>Speaker back</source>
        <translation>발표자 복귀</translation>
    </message>
    <message>
        <source>“%1” is back: speak after the current turn? The programme then goes on in order.</source>
        <translation>“%1” 발표자가 돌아왔습니다. 지금 차례 다음에 발표하게 할까요? 그 뒤로는 원래 순서대로 진행합니다.</translation>
    </message>
    <message>
        <source>Jump</source>
        <translation>이동</translation>
    </message>
    <message>
        <source>Jump to “%1”? The current turn ends now.</source>
        <translation>“%1” 줄로 이동할까요? 지금 순서는 여기서 끝납니다.</translation>
    </message>
    <message>
        <source>End the show</source>
        <translation>진행 종료</translation>
    </message>
    <message>
        <source>End the show now?</source>
        <translation>지금 진행을 끝낼까요?</translation>
    </message>
</context>
<context>
    <name>ShowKeys</name>
    <message>
        <source>Press %1 again within 2 seconds to restart the turn.</source>
        <translation>2초 안에 %1 키를 한 번 더 누르면 지금 순서를 다시 잽니다.</translation>
    </message>
</context>
<context>
    <name>ShowNotices</name>
    <message>
        <source>The presenter screen is black: the room sees nothing (%1 shows it).</source>
        <translation>발표자 화면이 검은 화면입니다. 청중에게 아무것도 보이지 않습니다(%1 키로 다시 표시).</translation>
    </message>
    <message>
        <source>then Sound &gt; Test sound</source>
        <translation>그다음 소리 &gt; 소리 시험을 누르세요</translation>
    </message>
    <message>
        <source>Alert sounds cannot play: the system&apos;s audio library is missing (on Linux, install PulseAudio&apos;s client). The colours and banners still warn.</source>
        <translation>알림 소리를 낼 수 없습니다. 시스템의 오디오 라이브러리가 없습니다(리눅스에서는 PulseAudio 클라이언트를 설치하세요). 색과 알림 띠는 그대로 경고합니다.</translation>
    </message>
    <message>
        <source>Alert sounds cannot play: there is no audio output. Connect speakers or headphones, %1. The colours and banners still warn.</source>
        <translation>알림 소리를 낼 수 없습니다. 소리 출력 장치가 없습니다. 스피커나 헤드폰을 연결하고 %1. 색과 알림 띠는 그대로 경고합니다.</translation>
    </message>
    <message>
        <source>Alert sounds cannot play on this audio output. Check the system&apos;s sound settings, %1. The colours and banners still warn.</source>
        <translation>이 출력 장치에서 알림 소리를 낼 수 없습니다. 시스템의 소리 설정을 확인하고 %1. 색과 알림 띠는 그대로 경고합니다.</translation>
    </message>
    <message>
        <source>the default output</source>
        <translation>기본 출력 장치</translation>
    </message>
    <message>
        <source>The room chime cannot play on %1. Choose another output in Sound &gt; Room chime output; the show goes on, and your own alert sounds are not affected.</source>
        <translation>%1에서 장내 차임을 낼 수 없습니다. 소리 &gt; 장내 차임 출력 장치에서 다른 출력을 고르세요. 진행은 계속되며, 진행자용 알림음은 그대로 울립니다.</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>On schedule</source>
        <translation>정시 진행</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>정시</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n분</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned for %1 %2</source>
        <translation>%1 %2 시작 예정</translation>
    </message>
    <message>
        <source>Expected end %1 (%2)</source>
        <translation>예상 종료 %1 (%2)</translation>
    </message>
    <message>
        <source>planned %1</source>
        <translation>계획 %1</translation>
    </message>
    <message numerus="yes">
        <source>Start %n min behind</source>
        <translation>
            <numerusform>시작 %n분 늦음</numerusform>
        </translation>
    </message>
    <message>
        <source>Current item on time</source>
        <translation>지금 순서 정시</translation>
    </message>
    <message numerus="yes">
        <source>Current item %n min behind</source>
        <translation>
            <numerusform>지금 순서 %n분 늦음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Current item %n min ahead</source>
        <translation>
            <numerusform>지금 순서 %n분 빠름</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min absorbed by breaks</source>
        <translation>
            <numerusform>%n분은 휴식에서 흡수</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min absorbed by gaps in the plan</source>
        <translation>
            <numerusform>%n분은 계획의 빈 시간에서 흡수</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min changed by the items to come</source>
        <translation>
            <numerusform>뒤 순서에서 %n분 달라짐</numerusform>
        </translation>
    </message>
    <message>
        <source>hard end %1</source>
        <translation>마감 %1</translation>
    </message>
    <message>
        <source>Ended %1 (%2)</source>
        <translation>종료 %1 (%2)</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <source>Presentation</source>
        <translation>발표</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>토론</translation>
    </message>
    <message>
        <source>Warning: %1 left</source>
        <translation>경고: %1 남음</translation>
    </message>
    <message>
        <source>Final warning: %1 left</source>
        <translation>마지막 경고: %1 남음</translation>
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
        <source>Chair %1</source>
        <translation>좌장 %1</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>일시정지</translation>
    </message>
    <message>
        <source>%1 %2/%3 · block over by %4</source>
        <translation>%1 %2/%3 · 블록 %4 초과</translation>
    </message>
    <message>
        <source>%1 %2/%3 · block left %4</source>
        <translation>%1 %2/%3 · 블록 잔여 %4</translation>
    </message>
    <message>
        <source>Resumes at %1</source>
        <translation>%1 재개</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>%1까지</translation>
    </message>
    <message>
        <source>Answer %1 · %2</source>
        <translation>답변 %1 · %2</translation>
    </message>
    <message>
        <source>Question %1 · %2</source>
        <translation>질문 %1 · %2</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>다음: %1</translation>
    </message>
    <message>
        <source>The show has ended</source>
        <translation>진행이 끝났습니다</translation>
    </message>
    <message>
        <source>Not started · planned start %1</source>
        <translation>시작 전 · %1 시작 예정</translation>
    </message>
    <message>
        <source>Not started · registration %1 · the programme starts %2</source>
        <translation>시작 전 · 등록 %1 · 본 행사 %2 시작</translation>
    </message>
    <message>
        <source>Press Space to start</source>
        <translation>Space 키를 누르면 시작합니다</translation>
    </message>
</context>
</TS>
