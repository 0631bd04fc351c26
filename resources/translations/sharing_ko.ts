<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
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
        <source>Sharing at %1, on this computer only (loopback): phones cannot open these links.</source>
        <translation>%1 에서 공유 중입니다. 이 컴퓨터에서만 열 수 있어(루프백) 휴대폰에서는 열리지 않습니다.</translation>
    </message>
    <message>
        <source>Sharing at %1 on the venue network, interface %2 (%3).</source>
        <translation>%1 에서 행사장 네트워크로 공유 중입니다. 인터페이스: %2 (%3).</translation>
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
        <source>%1 min behind</source>
        <translation>%1분 지연</translation>
    </message>
    <message>
        <source>%1 min ahead</source>
        <translation>%1분 여유</translation>
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
</context>
</TS>
