<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>RemoteLog</name>
    <message>
        <source>The last commands from remote control (click for the list)</source>
        <translation>원격 제어로 받은 최근 명령 (누르면 목록)</translation>
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
        <source>Each view has its own link: the programme link shows no messages, notes or delay, and it cannot open the moderator's view. Anyone with a link can see that view. Nothing is sent outside this network.</source>
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
        <source>not delivered yet (no moderator's view open?)</source>
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
        <source>This computer is not connected to any network: join the venue's Wi-Fi or plug in its cable, then start sharing again.</source>
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
    <message>
        <source>Share on the network…</source>
        <translation>네트워크로 공유…</translation>
    </message>
    <message>
        <source>Show the timers and the programme on phones and screens</source>
        <translation>휴대폰과 다른 화면에 타이머와 프로그램을 보여 줍니다</translation>
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
</TS>
