<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>RemoteLog</name>
    <message>
        <source>Remote: requests refused: %1 (click for the list)</source>
        <translation>원격: 거부된 요청 %1건 (클릭하면 목록)</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>거부 %1건</translation>
    </message>
    <message>
        <source>The last commands from remote control (click for the list)</source>
        <translation>원격 제어로 받은 최근 명령 (누르면 목록)</translation>
    </message>
    <message>
        <source>Refused before they reached the console</source>
        <translation>콘솔에 닿기 전에 거부된 요청</translation>
    </message>
    <message>
        <source>%1 (%2): refused %3 times, %4 — %5</source>
        <translation>%1 (%2): %3회 거부, %4 — %5</translation>
    </message>
    <message>
        <source>Remote: %1 — not done: %2 (%3)</source>
        <translation>원격: %1 — 하지 않음: %2 (%3)</translation>
    </message>
    <message>
        <source>Remote: %1 (%2)</source>
        <translation>원격: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>message to the moderator taken off</source>
        <translation>사회자 메시지 내림</translation>
    </message>
    <message>
        <source>message to the moderator “%1”</source>
        <translation>사회자에게 메시지 “%1”</translation>
    </message>
    <message>
        <source>message taken off the presenter screen</source>
        <translation>발표자 화면 메시지 내림</translation>
    </message>
    <message>
        <source>message on the presenter screen “%1”</source>
        <translation>발표자 화면에 메시지 “%1”</translation>
    </message>
    <message>
        <source>blackout on</source>
        <translation>화면 가리기</translation>
    </message>
    <message>
        <source>blackout off</source>
        <translation>화면 가리기 끝</translation>
    </message>
    <message>
        <source>shortening undone</source>
        <translation>일정 조정 되돌림</translation>
    </message>
    <message>
        <source>programme shortened as proposed</source>
        <translation>조정안대로 일정 단축</translation>
    </message>
    <message>
        <source>go to “%1”</source>
        <translation>이동 “%1”</translation>
    </message>
    <message>
        <source>go to</source>
        <translation>이동</translation>
    </message>
    <message>
        <source>start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>pause</source>
        <translation>일시정지</translation>
    </message>
    <message>
        <source>resume</source>
        <translation>재개</translation>
    </message>
    <message>
        <source>next</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>previous</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>restart the turn</source>
        <translation>이번 순서 다시 재기</translation>
    </message>
    <message>
        <source>question timer</source>
        <translation>질문 타이머</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <source>end the show</source>
        <translation>진행 종료</translation>
    </message>
</context>
<context>
    <name>SharingPanel</name>
    <message>
        <source>1 minute left</source>
        <translation>1분 남았습니다</translation>
    </message>
    <message>
        <source>Please wrap up</source>
        <translation>마무리 부탁드립니다</translation>
    </message>
    <message>
        <source>One more question only</source>
        <translation>질문 1개만 더</translation>
    </message>
    <message>
        <source>Not shared: nothing is served on any network.</source>
        <translation>공유하지 않는 중: 어떤 네트워크에도 아무것도 내보내지 않습니다.</translation>
    </message>
    <message>
        <source>OSC on UDP port %1, only from:</source>
        <translation>OSC 받기 (UDP 포트 %1), 다음 주소에서만:</translation>
    </message>
    <message>
        <source>emcee — share on the network</source>
        <translation>emcee — 네트워크로 공유</translation>
    </message>
    <message>
        <source>Each view has its own link: the programme link shows no messages, notes or delay, and it cannot open the moderator&apos;s view. Anyone with a link can see that view. Nothing is sent outside this network.</source>
        <translation>화면마다 링크가 따로 있습니다. 프로그램 링크에는 메시지, 메모, 지연 시간이 나오지 않고, 그 링크로 사회자 화면을 열 수 없습니다. 링크를 가진 사람은 누구나 그 화면을 볼 수 있습니다. 이 네트워크 밖으로는 아무것도 나가지 않습니다.</translation>
    </message>
    <message>
        <source>Only this computer</source>
        <translation>이 컴퓨터에서만</translation>
    </message>
    <message>
        <source>Venue network:</source>
        <translation>행사장 네트워크:</translation>
    </message>
    <message>
        <source>Start sharing</source>
        <translation>공유 시작</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>공유 중지</translation>
    </message>
    <message>
        <source>New links</source>
        <translation>링크 새로 만들기</translation>
    </message>
    <message>
        <source>The control link will only show the show, and every remote action (the link, the API, OSC) is refused until it is switched on again.</source>
        <translation>제어 링크는 진행을 보여 주기만 하고, 다시 켤 때까지 모든 원격 동작(링크, API, OSC)을 거절합니다.</translation>
    </message>
    <message>
        <source>Make new links for every view; pages open on the old ones are closed.</source>
        <translation>모든 화면의 링크를 새로 만듭니다. 예전 링크로 열린 페이지는 닫힙니다.</translation>
    </message>
    <message>
        <source>Message to the moderator (their view only)</source>
        <translation>사회자에게 메시지 (사회자 화면에만 표시)</translation>
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
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Remote control</source>
        <translation>원격 제어</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Every page open on a link (phones, the stage view, the remote) loses the show until sharing starts again.</source>
        <translation>링크로 열린 모든 화면(휴대전화, 발표자 타이머, 원격 제어)이 공유를 다시 시작할 때까지 진행을 받지 못합니다.</translation>
    </message>
    <message>
        <source>Every link and every printed QR code stops working at once, and the pages open on them are closed: each view must be opened again from a new code.</source>
        <translation>모든 링크와 인쇄한 QR 코드를 바로 쓸 수 없게 되고, 그 링크로 열린 화면은 닫힙니다. 각 화면을 새 코드로 다시 열어야 합니다.</translation>
    </message>
    <message>
        <source>Let the control link run the show</source>
        <translation>제어 링크로 진행하게 하기</translation>
    </message>
    <message>
        <source>Whoever has the control link can then start, move, time and end the show.</source>
        <translation>제어 링크를 가진 사람은 누구나 진행을 시작하고, 옮기고, 시간을 조정하고, 끝낼 수 있게 됩니다.</translation>
    </message>
    <message>
        <source>Switch remote control off</source>
        <translation>원격 제어 끄기</translation>
    </message>
    <message>
        <source>The control link may run the show (start, next, time, messages…); off: it only shows it</source>
        <translation>제어 링크로 진행을 조작할 수 있음 (시작, 다음, 시간, 메시지…); 끄면 보기만 합니다</translation>
    </message>
    <message>
        <source>Sharing at %1, on this computer only (loopback): phones cannot open these links.</source>
        <translation>%1 에서 공유 중입니다. 이 컴퓨터에서만 열 수 있어(루프백) 휴대폰에서는 열리지 않습니다.</translation>
    </message>
    <message>
        <source>Sharing at %1 on the venue network, interface %2 (%3).</source>
        <translation>%1 에서 행사장 네트워크로 공유 중입니다. 인터페이스: %2 (%3).</translation>
    </message>
    <message>
        <source>OSC is off: no show controller can reach emcee over OSC.</source>
        <translation>OSC 꺼짐: 어떤 쇼 컨트롤러도 OSC로 emcee를 조작할 수 없습니다.</translation>
    </message>
    <message>
        <source>Not an address: %1. Write addresses (192.168.0.20) or networks (192.168.0.0/24), separated by commas.</source>
        <translation>주소가 아닙니다: %1. 주소(192.168.0.20)나 네트워크(192.168.0.0/24)를 쉼표로 나누어 쓰세요.</translation>
    </message>
    <message>
        <source>List the addresses of the show controllers that may send OSC (OSC has no password: anyone else on the network is ignored).</source>
        <translation>OSC를 보낼 쇼 컨트롤러의 주소를 적으세요 (OSC에는 비밀번호가 없어서, 목록에 없는 주소는 모두 무시합니다).</translation>
    </message>
    <message>
        <source>OSC cannot listen on that port (%1): close the program using it, or restart.</source>
        <translation>그 포트에서 OSC를 받을 수 없습니다 (%1). 그 포트를 쓰는 프로그램을 닫거나 다시 시작하세요.</translation>
    </message>
    <message>
        <source>OSC will be read once sharing starts.</source>
        <translation>공유를 시작하면 OSC를 받습니다.</translation>
    </message>
    <message>
        <source>OSC: /emcee/… is read from %1 only.</source>
        <translation>OSC: %1에서 온 /emcee/… 만 받습니다.</translation>
    </message>
    <message>
        <source>%1: OSC from %2 was ignored (not in the list).</source>
        <translation>%1: %2에서 온 OSC를 무시했습니다 (목록에 없음).</translation>
    </message>
    <message>
        <source>No message to the moderator.</source>
        <translation>사회자에게 보낸 메시지 없음.</translation>
    </message>
    <message>
        <source>“%1” sent %2</source>
        <translation>“%1” %2 보냄</translation>
    </message>
    <message>
        <source>delivered %1</source>
        <translation>%1 전달됨</translation>
    </message>
    <message>
        <source>not delivered yet (no moderator&apos;s view open?)</source>
        <translation>아직 전달되지 않음 (열린 사회자 화면이 없나요?)</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>%1 읽음</translation>
    </message>
    <message>
        <source>No free port from %1 on: close the program using them, or restart.</source>
        <translation>%1번부터 빈 포트가 없습니다. 그 포트를 쓰는 프로그램을 닫거나 컴퓨터를 다시 시작하세요.</translation>
    </message>
    <message>
        <source>This computer is no longer on that network (%1): connect it, or choose another network.</source>
        <translation>이 컴퓨터가 그 네트워크에 더 이상 연결되어 있지 않습니다(%1). 다시 연결하거나 다른 네트워크를 고르세요.</translation>
    </message>
    <message>
        <source>The system does not allow this port (%1): choose another network.</source>
        <translation>시스템이 이 포트를 허용하지 않습니다(%1). 다른 네트워크를 고르세요.</translation>
    </message>
    <message>
        <source>This computer is not connected to any network: join the venue&apos;s Wi-Fi or plug in its cable, then start sharing again.</source>
        <translation>이 컴퓨터가 어떤 네트워크에도 연결되어 있지 않습니다. 행사장 Wi-Fi에 접속하거나 랜선을 꽂은 뒤 다시 공유를 시작하세요.</translation>
    </message>
    <message>
        <source>Sharing could not start (%1).</source>
        <translation>공유를 시작하지 못했습니다(%1).</translation>
    </message>
    <message>
        <source>Port %1 was in use (another program?): sharing on port %2 instead.</source>
        <translation>%1번 포트를 이미 쓰고 있어(다른 프로그램?) %2번 포트로 공유합니다.</translation>
    </message>
</context>
<context>
    <name>SharingSign</name>
    <message>
        <source>● Shared on the network · %1 open</source>
        <translation>● 네트워크로 공유 중 · %1개 열림</translation>
    </message>
</context>
<context>
    <name>ViewCard</name>
    <message>
        <source>Open now: %1</source>
        <translation>지금 열린 페이지: %1</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>링크 복사</translation>
    </message>
</context>
<context>
    <name>WebViews</name>
    <message>
        <source>Stage timer</source>
        <translation>발표자 타이머</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>사회자</translation>
    </message>
    <message>
        <source>MC script</source>
        <translation>사회자 멘트</translation>
    </message>
    <message>
        <source>Backstage run-down</source>
        <translation>무대 뒤 진행표</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>프로그램</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>시계</translation>
    </message>
    <message>
        <source>Remote control</source>
        <translation>원격 제어</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>연결 중…</translation>
    </message>
    <message>
        <source>Connection lost. Reconnecting…</source>
        <translation>연결이 끊겼습니다. 다시 연결하는 중…</translation>
    </message>
    <message>
        <source>This link no longer works: ask the operator for the new QR code.</source>
        <translation>이 링크는 더 이상 쓸 수 없습니다. 진행자에게 새 QR 코드를 받으세요.</translation>
    </message>
    <message>
        <source>block left %1</source>
        <translation>블록 잔여 %1</translation>
    </message>
    <message>
        <source>block over by %1</source>
        <translation>블록 %1 초과</translation>
    </message>
    <message>
        <source>Current item %1 min behind</source>
        <translation>지금 순서 %1분 늦음</translation>
    </message>
    <message>
        <source>Current item %1 min ahead</source>
        <translation>지금 순서 %1분 빠름</translation>
    </message>
    <message>
        <source>Expected end %1</source>
        <translation>예상 종료 %1</translation>
    </message>
    <message>
        <source>Final warning: %1, %2 left</source>
        <translation>마지막 경고: %1 %2 남음</translation>
    </message>
    <message>
        <source>%1 over time by %2 min</source>
        <translation>%1 시간 초과 %2분</translation>
    </message>
    <message>
        <source>Presenter screen is blacked out</source>
        <translation>발표자 화면 가림 중</translation>
    </message>
    <message>
        <source>From the operator</source>
        <translation>진행자 메시지</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Turn on vibration for alerts</source>
        <translation>알림 진동 켜기</translation>
    </message>
    <message>
        <source>Vibration on for alerts</source>
        <translation>알림 진동 켜짐</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>지금</translation>
    </message>
    <message>
        <source>Up next</source>
        <translation>다음 순서</translation>
    </message>
    <message>
        <source>On in %1 min</source>
        <translation>%1분 후 시작</translation>
    </message>
    <message>
        <source>On now</source>
        <translation>지금 시작</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>예상</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>재개</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← 이전</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>다음 →</translation>
    </message>
    <message>
        <source>End blackout</source>
        <translation>화면 가리기 끝</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Type a message</source>
        <translation>메시지를 입력하세요</translation>
    </message>
    <message>
        <source>Take off</source>
        <translation>내리기</translation>
    </message>
    <message>
        <source>To the moderator: “%1”</source>
        <translation>사회자에게 보낸 메시지: “%1”</translation>
    </message>
    <message>
        <source>Expected end %1 is %2 min past %3. To finish on time:</source>
        <translation>예상 종료(%1)가 %3보다 %2분 늦습니다. 제시간에 끝내려면:</translation>
    </message>
    <message>
        <source>%1: %2 → %3 min</source>
        <translation>%1: %2분 → %3분</translation>
    </message>
    <message>
        <source>%1 min cannot be absorbed without going below the minimums.</source>
        <translation>최소 시간 아래로 줄이지 않고는 %1분을 더 줄일 수 없습니다.</translation>
    </message>
    <message>
        <source>Undo the shortening</source>
        <translation>줄이기 되돌리기</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>순서로 이동</translation>
    </message>
    <message>
        <source>Jump to “%1”? The current turn ends now.</source>
        <translation>“%1”(으)로 이동할까요? 지금 순서는 여기서 끝납니다.</translation>
    </message>
    <message>
        <source>End</source>
        <translation>끝내기</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Remote control is switched off: this page only shows the show.</source>
        <translation>원격 제어가 꺼져 있습니다. 진행을 볼 수만 있습니다.</translation>
    </message>
    <message>
        <source>No answer: check the connection and press again.</source>
        <translation>응답이 없습니다. 연결을 확인하고 다시 누르세요.</translation>
    </message>
    <message>
        <source>A malformed address: open the link as given.</source>
        <translation>잘못된 주소입니다. 받은 링크를 그대로 여세요.</translation>
    </message>
    <message>
        <source>This address does not open on its own: open the QR code or link the operator gives.</source>
        <translation>이 주소만으로는 열 수 없습니다. 진행자가 보여 주는 QR 코드나 링크를 그대로 여세요.</translation>
    </message>
    <message>
        <source>This link does not open this page: it was renewed, or it is another view&apos;s. Ask the operator for the new QR code.</source>
        <translation>이 링크로는 열 수 없습니다. 링크가 바뀌었거나 다른 화면의 링크입니다. 진행자에게 새 QR 코드를 받으세요.</translation>
    </message>
    <message>
        <source>No such page: open the link as given.</source>
        <translation>없는 페이지입니다. 받은 링크를 그대로 여세요.</translation>
    </message>
    <message>
        <source>This page only opens in a browser.</source>
        <translation>이 방법으로는 열 수 없습니다.</translation>
    </message>
    <message>
        <source>Too many connections: try again in a moment.</source>
        <translation>연결이 너무 많습니다. 잠시 뒤 다시 여세요.</translation>
    </message>
    <message>
        <source>The request could not be read: send an HTTP/1.1 request.</source>
        <translation>요청을 읽을 수 없습니다. HTTP/1.1 요청으로 보내세요.</translation>
    </message>
    <message>
        <source>The live connection could not be opened: open the view&apos;s link in a browser (a WebSocket client must send the whole handshake).</source>
        <translation>실시간 연결을 열 수 없습니다. 화면 링크를 브라우저에서 여세요 (WebSocket 클라이언트는 핸드셰이크를 빠짐없이 보내야 합니다).</translation>
    </message>
    <message>
        <source>The connection closed before the request was complete: send it again.</source>
        <translation>요청이 끝나기 전에 연결이 닫혔습니다. 다시 보내세요.</translation>
    </message>
    <message>
        <source>The address is too long (4 KB at most).</source>
        <translation>주소가 너무 깁니다 (4 KB까지).</translation>
    </message>
    <message>
        <source>Too many or too large headers (48 lines, 16 KB at most).</source>
        <translation>헤더가 너무 많거나 큽니다 (48줄, 16 KB까지).</translation>
    </message>
    <message>
        <source>The body is too large (4 KB at most).</source>
        <translation>본문이 너무 큽니다 (4 KB까지).</translation>
    </message>
    <message>
        <source>Give the body&apos;s length (Content-Length): chunked transfer is not accepted.</source>
        <translation>본문의 길이(Content-Length)를 알려 주세요. 청크 전송은 받지 않습니다.</translation>
    </message>
    <message>
        <source>This kind of body is not accepted: send a JSON object (application/json) or a form (application/x-www-form-urlencoded).</source>
        <translation>이 형식의 본문은 받지 않습니다. JSON 객체(application/json)나 폼(application/x-www-form-urlencoded)으로 보내세요.</translation>
    </message>
    <message>
        <source>The body could not be read: send a JSON object or a form (a=1&amp;b=2).</source>
        <translation>본문을 읽을 수 없습니다. JSON 객체나 폼(a=1&amp;b=2)으로 보내세요.</translation>
    </message>
    <message>
        <source>Send it with GET or POST.</source>
        <translation>GET이나 POST로 보내세요.</translation>
    </message>
    <message>
        <source>The OSC packet could not be read: send an OSC 1.0 message or bundle.</source>
        <translation>OSC 패킷을 읽을 수 없습니다. OSC 1.0 메시지나 번들로 보내세요.</translation>
    </message>
    <message>
        <source>No such address: actions are at /api/v1/&lt;action&gt; (the table in the README).</source>
        <translation>없는 주소입니다. 주소는 /api/v1/동작 입니다 (README의 표).</translation>
    </message>
    <message>
        <source>There is no action ‘%1’: see the table in the README.</source>
        <translation>‘%1’ 동작은 없습니다. README의 표를 보세요.</translation>
    </message>
    <message>
        <source>This action has no parameter ‘%1’: see the table in the README.</source>
        <translation>이 동작에는 ‘%1’ 매개변수가 없습니다. README의 표를 보세요.</translation>
    </message>
    <message>
        <source>The parameter ‘%1’ is given twice: give it once.</source>
        <translation>‘%1’ 매개변수가 두 번 있습니다. 한 번만 보내세요.</translation>
    </message>
    <message>
        <source>The parameter ‘%1’ is needed.</source>
        <translation>‘%1’ 매개변수가 필요합니다.</translation>
    </message>
    <message>
        <source>The value of ‘%1’ is not valid: see the values allowed in the README&apos;s table.</source>
        <translation>‘%1’ 값이 올바르지 않습니다. README의 표에서 쓸 수 있는 값을 보세요.</translation>
    </message>
    <message>
        <source>No token: send the control link&apos;s token in an Authorization: Bearer header or a token= parameter.</source>
        <translation>토큰이 없습니다. 제어 링크의 token을 Authorization: Bearer 헤더나 token= 매개변수로 보내세요.</translation>
    </message>
    <message>
        <source>Wrong token (the links may have been renewed): take the control link again from the console&apos;s sharing panel.</source>
        <translation>토큰이 맞지 않습니다. 링크가 새로 바뀌었을 수 있습니다. 콘솔의 공유 창에서 제어 링크를 다시 받으세요.</translation>
    </message>
    <message>
        <source>A view&apos;s link cannot control the show: use the control link&apos;s token.</source>
        <translation>보기 화면의 링크로는 진행을 조작할 수 없습니다. 제어 링크의 토큰을 쓰세요.</translation>
    </message>
    <message>
        <source>Remote control is switched off: the operator can switch it on in the console&apos;s sharing panel.</source>
        <translation>원격 제어가 꺼져 있습니다. 진행자가 콘솔의 공유 창에서 켤 수 있습니다.</translation>
    </message>
    <message>
        <source>Too many requests: try again in a moment.</source>
        <translation>요청이 너무 잦습니다. 잠시 뒤 다시 보내세요.</translation>
    </message>
    <message>
        <source>The same action was just done: it was done once (is a key stuck?).</source>
        <translation>방금 같은 동작을 했습니다. 한 번만 했습니다 (키가 눌린 채인가요?).</translation>
    </message>
    <message>
        <source>The console did not answer: check the laptop.</source>
        <translation>콘솔이 응답하지 않습니다. 노트북을 확인하세요.</translation>
    </message>
    <message>
        <source>The show has not started: start it first (start).</source>
        <translation>아직 시작하지 않았습니다. 먼저 시작하세요 (start).</translation>
    </message>
    <message>
        <source>The show has already started.</source>
        <translation>이미 시작했습니다.</translation>
    </message>
    <message>
        <source>The show is not running (paused, or not started).</source>
        <translation>진행 중이 아닙니다 (일시 정지 중이거나 시작 전).</translation>
    </message>
    <message>
        <source>The show is not paused.</source>
        <translation>일시 정지 중이 아닙니다.</translation>
    </message>
    <message>
        <source>The show has ended: the console can undo that (Ctrl+Z).</source>
        <translation>진행이 끝났습니다. 콘솔에서 되돌리기(Ctrl+Z)로 되살릴 수 있습니다.</translation>
    </message>
    <message>
        <source>This is the first turn: there is none before it.</source>
        <translation>첫 순서입니다. 그 앞은 없습니다.</translation>
    </message>
    <message>
        <source>No such turn (%1): check the numbers in the run-down.</source>
        <translation>그런 순서가 없습니다 (%1). 진행표의 번호를 확인하세요.</translation>
    </message>
    <message>
        <source>That turn is already live.</source>
        <translation>이미 그 순서입니다.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>되돌릴 동작이 없습니다.</translation>
    </message>
    <message>
        <source>No proposal: the expected end is within the plan.</source>
        <translation>조정안이 없습니다. 예상 종료가 계획 안에 있습니다.</translation>
    </message>
    <message>
        <source>The last action was not the rebalancing: nothing was undone.</source>
        <translation>마지막 동작이 일정 조정이 아니라서 되돌리지 않았습니다.</translation>
    </message>
    <message>
        <source>To end the show, send it again with confirm=yes.</source>
        <translation>진행을 끝내려면 확인(confirm=yes)과 함께 다시 보내세요.</translation>
    </message>
    <message>
        <source>No such preset message (%1).</source>
        <translation>그런 준비된 메시지가 없습니다 (%1).</translation>
    </message>
    <message>
        <source>Questions are timed in an open discussion or a Q&amp;A, while it runs.</source>
        <translation>질문 시간은 종합토론이나 질의응답이 진행되는 동안에만 잴 수 있습니다.</translation>
    </message>
    <message>
        <source>Not possible now.</source>
        <translation>지금은 할 수 없습니다.</translation>
    </message>
    <message>
        <source>The console ran into an error (the show goes on): see its error log on the laptop.</source>
        <translation>콘솔에서 오류가 났습니다. 진행은 계속됩니다. 노트북의 오류 기록을 확인하세요.</translation>
    </message>
</context>
</TS>
