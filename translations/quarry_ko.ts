<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>main</name>
    <message>
        <location filename="../app/cli/main.cpp" line="+18"/>
        <source>Quarry turns internal documents into fine-tuning datasets.</source>
        <translation>Quarry는 사내 문서를 파인튜닝 데이터셋으로 만듭니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands:</source>
        <translation>명령:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run &apos;quarry-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>명령의 옵션은 &apos;quarry-cli 명령 --help&apos;로 확인하세요.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>unknown command &apos;%1&apos; (see quarry-cli --help)</source>
        <translation>알 수 없는 명령 &apos;%1&apos;(quarry-cli --help 참고)</translation>
    </message>
</context>
<context>
    <name>quarry::AddPairCommand</name>
    <message>
        <location filename="../core/curation/AddPairCommand.cpp" line="+10"/>
        <source>Add pair</source>
        <translation>쌍 추가</translation>
    </message>
</context>
<context>
    <name>quarry::AlpacaFormat</name>
    <message>
        <location filename="../core/export/AlpacaFormat.cpp" line="+30"/>
        <source>Alpaca</source>
        <translation>Alpaca</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the conversation starts with an assistant turn (an instruction must come first)</source>
        <translation>대화가 어시스턴트 턴으로 시작합니다(지시문이 먼저 와야 함)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>turn %1 breaks the user/assistant alternation</source>
        <translation>턴 %1에서 사용자/어시스턴트 교대 순서가 깨졌습니다</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>the last instruction has no output</source>
        <translation>마지막 지시문에 출력이 없습니다</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>&quot;%1&quot; is not text</source>
        <translation>&quot;%1&quot; 값이 텍스트가 아닙니다</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>no text &quot;instruction&quot;</source>
        <translation>텍스트 필드 &quot;instruction&quot;이 없습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no text &quot;output&quot;</source>
        <translation>텍스트 필드 &quot;output&quot;이 없습니다</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;history&quot; is not a list</source>
        <translation>&quot;history&quot;가 목록이 아닙니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>history entry %1 is not a [question, answer] pair of texts</source>
        <translation>history 항목 %1이(가) [질문, 답변] 텍스트 쌍이 아닙니다</translation>
    </message>
</context>
<context>
    <name>quarry::AtomicExportDir</name>
    <message>
        <location filename="../core/export/AtomicExportDir.cpp" line="+68"/>
        <source>no output folder given</source>
        <translation>출력 폴더를 지정하지 않았습니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>output folder %1 is a file</source>
        <translation>출력 폴더 %1은(는) 파일입니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>output folder %1 holds &quot;%2&quot;, which is not part of an export; choose an empty or new folder</source>
        <translation>출력 폴더 %1에 내보내기 결과가 아닌 &quot;%2&quot;이(가) 있습니다. 빈 폴더나 새 폴더를 선택하세요</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot create folder %1</source>
        <translation>폴더 %1을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot create a staging folder next to %1: %2</source>
        <translation>%1 옆에 임시 폴더를 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot create a staging folder next to %1</source>
        <translation>%1 옆에 임시 폴더를 만들 수 없습니다</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>cannot move the export into %1: %2</source>
        <translation>내보낸 결과를 %1(으)로 옮길 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot replace the earlier export in %1: %2</source>
        <translation>%1에 있는 이전 내보내기 결과를 바꿀 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/export/DirectFileWriter.cpp" line="+26"/>
        <source>cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>quarry::CfbArchive</name>
    <message>
        <location filename="../core/formats/CfbArchive.cpp" line="+35"/>
        <source>%1: not a compound document (no CFB signature)</source>
        <translation>%1: 복합 문서가 아닙니다(CFB 서명 없음)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: cannot open the compound document</source>
        <translation>%1: 복합 문서를 열 수 없습니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown error</source>
        <translation>알 수 없는 오류</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the compound document is damaged (%2)</source>
        <translation>%1: 복합 문서가 손상되었습니다(%2)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1: the stream %2 is larger than %3 MB; refusing to read it</source>
        <translation>%1: 스트림 %2이(가) %3MB보다 커서 읽지 않습니다</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the stream %2 cannot be read (damaged compound document)</source>
        <translation>%1: 스트림 %2을(를) 읽을 수 없습니다(손상된 복합 문서)</translation>
    </message>
</context>
<context>
    <name>quarry::Chunker</name>
    <message>
        <location filename="../core/curation/Chunker.cpp" line="+296"/>
        <source>cutting passages was cancelled; nothing was changed</source>
        <translation>구절 나누기를 취소했습니다. 아무것도 바꾸지 않았습니다</translation>
    </message>
</context>
<context>
    <name>quarry::ConnectionTest</name>
    <message>
        <location filename="../core/llm/ConnectionTest.cpp" line="+12"/>
        <source>Listing models</source>
        <translation>모델 목록 조회 중</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Timing a short request</source>
        <translation>짧은 요청 시간 측정 중</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Probing structured output</source>
        <translation>구조화된 출력 확인 중</translation>
    </message>
</context>
<context>
    <name>quarry::Database</name>
    <message>
        <location filename="../core/store/Database.cpp" line="+143"/>
        <source>%1: cannot create a copy: %2</source>
        <translation>%1: 사본을 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>%1: cannot copy %2: %3</source>
        <translation>%1: %2을(를) 복사할 수 없습니다: %3</translation>
    </message>
</context>
<context>
    <name>quarry::DatasetSplitter</name>
    <message>
        <location filename="../core/export/DatasetSplitter.cpp" line="+55"/>
        <source>split ratio %1 is negative</source>
        <translation>분할 비율 %1이(가) 음수입니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>split ratios must be one to three non-negative numbers with a positive sum</source>
        <translation>분할 비율은 합이 양수인 음이 아닌 수 1~3개여야 합니다</translation>
    </message>
</context>
<context>
    <name>quarry::Deduplicator</name>
    <message>
        <location filename="../core/export/Deduplicator.cpp" line="+286"/>
        <source>exact duplicate</source>
        <translation>완전 중복</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>near duplicate</source>
        <translation>유사 중복</translation>
    </message>
</context>
<context>
    <name>quarry::DeletePairsCommand</name>
    <message numerus="yes">
        <location filename="../core/curation/DeletePairsCommand.cpp" line="+14"/>
        <source>Delete %n pair(s)</source>
        <translation>
            <numerusform>쌍 %n개 삭제</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quarry::DemoProject</name>
    <message>
        <location filename="../core/demo/DemoProject.cpp" line="+140"/>
        <source>the demo&apos;s sample documents were not found (looked in %1)</source>
        <translation>데모 샘플 문서를 찾을 수 없습니다(찾은 위치: %1)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>building the demo project was cancelled</source>
        <translation>데모 프로젝트 만들기를 취소했습니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hanbit Precision press shop (demo)</source>
        <translation>한빛정밀 프레스 공장(데모)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the sample documents (text layer, OCR, CP949, DOCX)…</source>
        <translation>샘플 문서를 읽는 중(텍스트 레이어, OCR, CP949, DOCX)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of the demo&apos;s sample documents could not be read</source>
        <translation>데모 샘플 문서 중 %1개를 읽을 수 없습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Looking for personal data…</source>
        <translation>개인정보를 찾는 중…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cutting the documents into passages…</source>
        <translation>문서를 구절로 나누는 중…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adding example pairs…</source>
        <translation>예제 쌍을 추가하는 중…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The demo project is ready.</source>
        <translation>데모 프로젝트가 준비되었습니다.</translation>
    </message>
</context>
<context>
    <name>quarry::DetectionStatusText</name>
    <message>
        <location filename="../core/store/DetectionStatusText.cpp" line="+9"/>
        <source>Pending</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted</source>
        <translation>수락됨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marked by hand</source>
        <translation>직접 표시됨</translation>
    </message>
</context>
<context>
    <name>quarry::DetectionStore</name>
    <message>
        <location filename="../core/redact/DetectionStore.cpp" line="+89"/>
        <source>page %1 does not exist</source>
        <translation>%1페이지가 없습니다</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>auto-accept threshold %1: must be between 0 and 1</source>
        <translation>자동 수락 임계값 %1: 0에서 1 사이여야 합니다</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>finding personal data was cancelled; the pages already looked through keep their detections</source>
        <translation>개인정보 찾기를 취소했습니다. 이미 검사한 페이지의 탐지 항목은 유지됩니다</translation>
    </message>
    <message>
        <location line="+214"/>
        <source>detection %1: unknown status &apos;%2&apos;</source>
        <translation>탐지 항목 %1: 알 수 없는 상태 &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+21"/>
        <location line="+18"/>
        <source>detection %1 does not exist</source>
        <translation>탐지 항목 %1이(가) 없습니다</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>detection %1: the entity type is empty</source>
        <translation>탐지 항목 %1: 개체 유형이 비어 있습니다</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>page %1: the span %2-%3 is outside the text</source>
        <translation>%1페이지: 범위 %2-%3이(가) 텍스트 밖에 있습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>page %1: the entity type is empty</source>
        <translation>%1페이지: 개체 유형이 비어 있습니다</translation>
    </message>
</context>
<context>
    <name>quarry::DocxReader</name>
    <message>
        <location filename="../core/formats/DocxReader.cpp" line="+153"/>
        <source>%1: %2 is damaged: %3 (line %4)</source>
        <translation>%1: %2이(가) 손상되었습니다: %3(%4행)</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>docProps/core.xml is damaged; document properties may be missing</source>
        <translation>docProps/core.xml이 손상되었습니다. 문서 속성이 누락되었을 수 있습니다</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: the file is empty</source>
        <translation>%1: 빈 파일입니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: an encrypted Word document or the old .doc format, which Quarry cannot read</source>
        <translation>%1: 암호화된 Word 문서이거나 이전 .doc 형식이므로 Quarry에서 읽을 수 없습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: not a Word document (not a ZIP archive)</source>
        <translation>%1: Word 문서가 아닙니다(ZIP 아카이브가 아님)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: not a Word document (word/document.xml is missing)</source>
        <translation>%1: Word 문서가 아닙니다(word/document.xml이 없음)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: the document contains no text</source>
        <translation>%1: 문서에 텍스트가 없습니다</translation>
    </message>
</context>
<context>
    <name>quarry::DraftChecker</name>
    <message>
        <location filename="../core/llm/DraftChecker.cpp" line="+126"/>
        <source>personal data not in the passage: %1</source>
        <translation>구절에 없는 개인정보: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>placeholders not written as in the passage: %1</source>
        <translation>구절과 다르게 쓴 자리표시자: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>question of %n character(s)</source>
        <translation>
            <numerusform>%n자 질문</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>answer of %n character(s)</source>
        <translation>
            <numerusform>%n자 답변</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not written in Korean alone</source>
        <translation>한국어로만 쓰지 않음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not written in English alone</source>
        <translation>영어로만 쓰지 않음</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>question nearly repeats pair %1 (similarity %2)</source>
        <translation>질문이 쌍 %1과(와) 거의 같음(유사도 %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only %1% of the answer is found in the passage</source>
        <translation>답변의 %1%만 구절에서 찾을 수 있음</translation>
    </message>
</context>
<context>
    <name>quarry::DraftRunner</name>
    <message numerus="yes">
        <location filename="../core/llm/DraftRunner.cpp" line="+129"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n초</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n분</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n시간</numerusform>
        </translation>
    </message>
    <message>
        <location line="+141"/>
        <source>the server read only %1 tokens of the prompt (it cut it to its context size): give the model a larger context or cut shorter passages</source>
        <translation>서버가 프롬프트의 %1 토큰만 읽었습니다(컨텍스트 크기에 맞게 잘랐습니다): 모델에 더 큰 컨텍스트를 주거나 구절을 더 짧게 자르세요</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the reply was cut off before its end (finish_reason &quot;%1&quot;): its JSON is incomplete; raise the maximum tokens or shorten the passage</source>
        <translation>응답이 끝나기 전에 잘렸습니다(finish_reason &quot;%1&quot;): JSON이 불완전합니다. 최대 토큰 수를 늘리거나 구절을 줄이세요</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the reply holds no JSON of the form asked for</source>
        <translation>응답에 요청한 형식의 JSON이 없습니다</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>passage %1 (%2, page %3)</source>
        <translation>구절 %1(%2, %3쪽)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passage %1 (%2, pages %3-%4)</source>
        <translation>구절 %1(%2, %3-%4쪽)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1: %n personal-data finding(s) on its pages still wait for review; review them first</source>
        <translation>
            <numerusform>%1: 해당 쪽의 개인정보 탐지 항목 %n개가 아직 검토를 기다리고 있습니다. 먼저 검토하세요</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: its document changed since it was cut; run chunk again</source>
        <translation>%1: 잘라낸 뒤 문서가 바뀌었습니다. chunk를 다시 실행하세요</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: its text is not the document&apos;s redacted text of today (findings changed since it was cut); run chunk again</source>
        <translation>%1: 텍스트가 현재 문서의 비식별화된 텍스트와 다릅니다(잘라낸 뒤 탐지 항목이 바뀌었습니다). chunk를 다시 실행하세요</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>passages: &apos;%1&apos; names no document id</source>
        <translation>passages: &apos;%1&apos;에 문서 ID가 없습니다</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>passages: &apos;%1&apos; is not all, document:ID or a list of ids and ranges (3,5,9-12)</source>
        <translation>passages: &apos;%1&apos;은(는) all, document:ID 또는 ID와 범위 목록(3,5,9-12)이 아닙니다</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no passages to draft from (cut documents into passages first: chunk)</source>
        <translation>초안을 만들 구절이 없습니다(먼저 문서를 구절로 자르세요: chunk)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+16"/>
        <source>no passage %1 in the project</source>
        <translation>프로젝트에 구절 %1이(가) 없습니다</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>no drafting run %1 in the project</source>
        <translation>프로젝트에 초안 작성 실행 %1이(가) 없습니다</translation>
    </message>
    <message>
        <location line="+27"/>
        <source> · %1 tokens/s</source>
        <translation> · 초당 %1 토큰</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · about %1 left</source>
        <translation> · 약 %1 남음</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the passage of item %1 no longer exists</source>
        <translation>항목 %1의 구절이 더 이상 없습니다</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>the run stopped before this passage was finished</source>
        <translation>이 구절을 마치기 전에 실행이 중지되었습니다</translation>
    </message>
    <message numerus="yes">
        <location line="+81"/>
        <source>drafting cancelled: %n pair(s) kept; the run (%1) can be resumed</source>
        <translation>
            <numerusform>초안 작성 취소됨: 쌍 %n개를 유지했습니다. 실행(%1)을 재개할 수 있습니다</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stopped after %1 failed requests in a row: %2</source>
        <translation>연속 %1회 요청이 실패하여 중지했습니다: %2</translation>
    </message>
</context>
<context>
    <name>quarry::DuplicateFinder</name>
    <message>
        <location filename="../core/curation/DuplicateFinder.cpp" line="+42"/>
        <source>Looking for duplicates was cancelled.</source>
        <translation>중복 찾기를 취소했습니다.</translation>
    </message>
</context>
<context>
    <name>quarry::EditPairCommand</name>
    <message>
        <location filename="../core/curation/EditPairCommand.cpp" line="+10"/>
        <source>Edit pair %1</source>
        <translation>쌍 %1 편집</translation>
    </message>
</context>
<context>
    <name>quarry::Endpoint</name>
    <message>
        <location filename="../core/llm/Endpoint.cpp" line="+18"/>
        <source>&apos;%1&apos; is not a server address: expected e.g. http://127.0.0.1:8080/v1</source>
        <translation>&apos;%1&apos;은(는) 서버 주소가 아닙니다: 예) http://127.0.0.1:8080/v1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The server name &apos;%1&apos; could not be resolved: %2</source>
        <translation>서버 이름 &apos;%1&apos;을(를) 확인할 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is a public address: Quarry sends passages only to model servers on this machine or the site&apos;s own network</source>
        <translation>%1은(는) 공인 주소입니다: Quarry는 이 컴퓨터나 사내 네트워크의 모델 서버에만 구절을 보냅니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is on the site&apos;s network, not this machine: allow the site network in Settings &gt; Drafting (quarry-cli: --allow-site-network) to use it</source>
        <translation>%1은(는) 이 컴퓨터가 아닌 사내 네트워크에 있습니다: 사용하려면 설정 &gt; 초안 작성에서 사내 네트워크를 허용하세요(quarry-cli: --allow-site-network)</translation>
    </message>
</context>
<context>
    <name>quarry::Exporter</name>
    <message>
        <location filename="../core/export/Exporter.cpp" line="+251"/>
        <location line="+105"/>
        <source>unknown format &quot;%1&quot; (expected %2)</source>
        <translation>알 수 없는 형식 &quot;%1&quot;(필요한 형식: %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give one to three split ratios (train, validation, test)</source>
        <translation>분할 비율을 1~3개 지정하세요(학습, 검증, 테스트)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the near-duplicate threshold must be above 0 and at most 1</source>
        <translation>유사 중복 임계값은 0보다 크고 1 이하여야 합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>project %1 is open read-only; an export is recorded in the project</source>
        <translation>프로젝트 %1이(가) 읽기 전용으로 열려 있습니다. 내보내기는 프로젝트에 기록됩니다</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>export cancelled; nothing was written</source>
        <translation>내보내기를 취소했습니다. 아무것도 쓰지 않았습니다</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>refusing to export: pending redaction detections touch %1 pair(s) (ids %2); review them first or override explicitly</source>
        <translation>내보내기를 거부합니다: 대기 중인 가림 처리 탐지 항목이 쌍 %1개(ID %2)에 걸려 있습니다. 먼저 검토하거나 명시적으로 무시 옵션을 지정하세요</translation>
    </message>
    <message>
        <location line="+195"/>
        <source>export stopped: the final scan found %1 undecided personal-data hit(s) (%2); review them in the project first</source>
        <translation>내보내기 중단: 최종 검사에서 결정되지 않은 개인정보 항목 %1개(%2)를 찾았습니다. 먼저 프로젝트에서 검토하세요</translation>
    </message>
</context>
<context>
    <name>quarry::FileSniffer</name>
    <message>
        <location filename="../core/ingest/FileSniffer.cpp" line="+29"/>
        <source>the file is named .pdf but is not a PDF (damaged or mislabelled)</source>
        <translation>파일 이름은 .pdf이지만 PDF가 아닙니다(손상되었거나 확장자가 잘못됨)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file is named .%1 but is not such an image (damaged or mislabelled)</source>
        <translation>파일 이름은 .%1이지만 해당 형식의 이미지가 아닙니다(손상되었거나 확장자가 잘못됨)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>an HWPML (XML) document, which Quarry cannot read; save it as HWP or HWPX</source>
        <translation>HWPML(XML) 문서이므로 Quarry에서 읽을 수 없습니다. HWP 또는 HWPX로 저장하세요</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is named .%1 but is not an HWP or HWPX document (damaged or mislabelled)</source>
        <translation>파일 이름은 .%1이지만 HWP 또는 HWPX 문서가 아닙니다(손상되었거나 확장자가 잘못됨)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unsupported file type (not PDF, image, text, Markdown, DOCX, HTML, HWP or HWPX)</source>
        <translation>지원하지 않는 파일 형식입니다(PDF, 이미지, 텍스트, Markdown, DOCX, HTML, HWP, HWPX가 아님)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsupported file type .%1 (not PDF, image, text, Markdown, DOCX, HTML, HWP or HWPX)</source>
        <translation>지원하지 않는 파일 형식 .%1입니다(PDF, 이미지, 텍스트, Markdown, DOCX, HTML, HWP, HWPX가 아님)</translation>
    </message>
</context>
<context>
    <name>quarry::HtmlReader</name>
    <message>
        <location filename="../core/formats/HtmlReader.cpp" line="+376"/>
        <source>%1: the file is empty</source>
        <translation>%1: 빈 파일입니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: not an HTML file (it contains binary data)</source>
        <translation>%1: HTML 파일이 아닙니다(바이너리 데이터가 포함됨)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the declared charset %1 does not match the contents; the encoding was detected instead</source>
        <translation>선언된 문자 집합 %1이(가) 내용과 맞지 않아 인코딩을 자동으로 감지했습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown charset %1 declared; the encoding was detected instead</source>
        <translation>알 수 없는 문자 집합 %1이(가) 선언되어 인코딩을 자동으로 감지했습니다</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>%1: the page contains no text</source>
        <translation>%1: 페이지에 텍스트가 없습니다</translation>
    </message>
</context>
<context>
    <name>quarry::HwpBodyParser</name>
    <message>
        <location filename="../core/formats/HwpBodyParser.cpp" line="+102"/>
        <source>a section of the document is truncated; text at its end may be missing</source>
        <translation>문서의 한 구역이 잘려 있어 끝부분 텍스트가 누락되었을 수 있습니다</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+156"/>
        <source>objects nested too deeply were skipped</source>
        <translation>너무 깊이 중첩된 개체는 건너뛰었습니다</translation>
    </message>
</context>
<context>
    <name>quarry::HwpCodec</name>
    <message>
        <location filename="../core/formats/HwpCodec.cpp" line="+30"/>
        <source>%1: cannot start decompression</source>
        <translation>%1: 압축 해제를 시작할 수 없습니다</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 inflates to more than %2 MB; refusing to read it (possible decompression bomb)</source>
        <translation>%1의 압축 해제 크기가 %2MB를 넘어 읽지 않습니다(압축 폭탄일 수 있음)</translation>
    </message>
</context>
<context>
    <name>quarry::HwpReader</name>
    <message>
        <location filename="../core/formats/HwpReader.cpp" line="+101"/>
        <source>%1 is truncated or damaged; text at its end may be missing</source>
        <translation>%1이(가) 잘렸거나 손상되어 끝부분 텍스트가 누락되었을 수 있습니다</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1: the file is empty</source>
        <translation>%1: 빈 파일입니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: an HWP 3.0 document (Hangul 97 or older), which Quarry cannot read; save it as HWP 5 or HWPX in Hangul</source>
        <translation>%1: HWP 3.0 문서(한글 97 이하)이므로 Quarry에서 읽을 수 없습니다. 한글에서 HWP 5 또는 HWPX로 저장하세요</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a compound document without an HWP FileHeader stream</source>
        <translation>HWP FileHeader 스트림이 없는 복합 문서</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an old Word document (.doc)</source>
        <translation>이전 Word 문서(.doc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an old Excel workbook (.xls)</source>
        <translation>이전 Excel 통합 문서(.xls)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an old PowerPoint presentation (.ppt)</source>
        <translation>이전 PowerPoint 프레젠테이션(.ppt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: not an HWP document (%2), which Quarry cannot read</source>
        <translation>%1: HWP 문서가 아니므로(%2) Quarry에서 읽을 수 없습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: not an HWP 5 document (its FileHeader has no HWP signature)</source>
        <translation>%1: HWP 5 문서가 아닙니다(FileHeader에 HWP 서명이 없음)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the document is encrypted with a password; HWP passwords are not supported</source>
        <translation>%1: 암호로 보호된 문서입니다. HWP 암호는 지원하지 않습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the document is protected by DRM or certificate encryption, which Quarry cannot read</source>
        <translation>%1: DRM 또는 인증서 암호화로 보호된 문서이므로 Quarry에서 읽을 수 없습니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: HWP version %2 is not supported (HWP 5 or later is)</source>
        <translation>%1: HWP 버전 %2은(는) 지원하지 않습니다(HWP 5 이상 지원)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: the document has no BodyText sections (damaged HWP file)</source>
        <translation>%1: 문서에 BodyText 구역이 없습니다(손상된 HWP 파일)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: a distribution document (배포용) whose protected text could not be decrypted</source>
        <translation>%1: 보호된 텍스트를 복호화할 수 없는 배포용 문서입니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 protected sections could not be decrypted; their placeholder text was read</source>
        <translation>보호된 구역 %2개 중 %1개를 복호화할 수 없어 해당 구역의 자리 표시 텍스트를 읽었습니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the document contains no text</source>
        <translation>%1: 문서에 텍스트가 없습니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the document summary is damaged; title and author may be missing</source>
        <translation>문서 요약 정보가 손상되어 제목과 작성자가 누락되었을 수 있습니다</translation>
    </message>
</context>
<context>
    <name>quarry::HwpxReader</name>
    <message>
        <location filename="../core/formats/HwpxReader.cpp" line="+44"/>
        <source>%1: %2 is damaged: %3 (line %4)</source>
        <translation>%1: %2이(가) 손상되었습니다: %3(%4행)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2 declares a DTD, which HWPX does not use; refusing to read it</source>
        <translation>%1: %2에 HWPX에서 사용하지 않는 DTD가 선언되어 있어 읽지 않습니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 nests elements more than %3 deep; refusing to read it</source>
        <translation>%1: %2의 요소 중첩 깊이가 %3을(를) 넘어 읽지 않습니다</translation>
    </message>
    <message>
        <location line="+252"/>
        <source>%1: the file is empty</source>
        <translation>%1: 빈 파일입니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: not an HWPX document (not a ZIP archive)</source>
        <translation>%1: HWPX 문서가 아닙니다(ZIP 아카이브가 아님)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: not an HWPX document (its mimetype is &quot;%2&quot;)</source>
        <translation>%1: HWPX 문서가 아닙니다(mimetype이 &quot;%2&quot;임)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the HWPX document is encrypted with a password, which Quarry cannot read</source>
        <translation>%1: 암호로 보호된 HWPX 문서이므로 Quarry에서 읽을 수 없습니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the mimetype entry is missing</source>
        <translation>mimetype 항목이 없습니다</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: not an HWPX document (no mimetype, package or sections)</source>
        <translation>%1: HWPX 문서가 아닙니다(mimetype, 패키지, 구역이 없음)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the HWPX document has no sections</source>
        <translation>%1: HWPX 문서에 구역이 없습니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is listed but missing from the archive</source>
        <translation>%1이(가) 목록에는 있지만 아카이브에 없습니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the document contains no text</source>
        <translation>%1: 문서에 텍스트가 없습니다</translation>
    </message>
</context>
<context>
    <name>quarry::ImageSource</name>
    <message>
        <location filename="../core/ingest/ImageSource.cpp" line="+30"/>
        <source>%1: page %2 is %3 × %4 px, more than %5 megapixels: not decoded</source>
        <translation>%1: %2페이지가 %3 × %4px로 %5메가픽셀을 넘어 디코딩하지 않았습니다</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 is not a readable TIFF image (damaged or truncated)</source>
        <translation>%1은(는) 읽을 수 있는 TIFF 이미지가 아닙니다(손상되었거나 잘림)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a readable image (damaged or unknown format)</source>
        <translation>%1은(는) 읽을 수 있는 이미지가 아닙니다(손상되었거나 알 수 없는 형식)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has no page %2</source>
        <translation>%1에 %2페이지가 없습니다</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: page %2 cannot be decoded</source>
        <translation>%1: %2페이지를 디코딩할 수 없습니다</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: page %2 cannot be decoded (%3)</source>
        <translation>%1: %2페이지를 디코딩할 수 없습니다(%3)</translation>
    </message>
</context>
<context>
    <name>quarry::Importer</name>
    <message>
        <location filename="../core/export/Importer.cpp" line="+35"/>
        <source>unknown format &quot;%1&quot; (expected %2)</source>
        <translation>알 수 없는 형식 &quot;%1&quot;(필요한 형식: %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>import cancelled; nothing was imported</source>
        <translation>가져오기를 취소했습니다. 아무것도 가져오지 않았습니다</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>올바른 JSON이 아닙니다: %2바이트 위치에서 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a JSON object</source>
        <translation>JSON 객체가 아닙니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not a record of a known format (%1)</source>
        <translation>알려진 형식(%1)의 레코드가 아닙니다</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 has no line in a known format (%2)</source>
        <translation>%1에 알려진 형식(%2)의 줄이 없습니다</translation>
    </message>
</context>
<context>
    <name>quarry::IngestPipeline</name>
    <message>
        <location filename="../core/ingest/IngestPipeline.cpp" line="+146"/>
        <source>opening the file took longer than %1 s; the worker was stopped</source>
        <translation>파일을 여는 데 %1초 넘게 걸려 작업자 프로세스를 중지했습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the worker crashed while opening the file: %1</source>
        <translation>파일을 여는 중 작업자 프로세스가 비정상 종료되었습니다: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the worker could not open the file</source>
        <translation>작업자 프로세스가 파일을 열 수 없습니다</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the file has no pages</source>
        <translation>파일에 페이지가 없습니다</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>page %1: no result within %2 s; the worker was stopped</source>
        <translation>%1페이지: %2초 안에 결과가 없어 작업자 프로세스를 중지했습니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>page %1: %2</source>
        <translation>%1페이지: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>page %1: the worker gave no result</source>
        <translation>%1페이지: 작업자 프로세스가 결과를 반환하지 않았습니다</translation>
    </message>
    <message>
        <location line="+320"/>
        <source>%1 of %2 pages failed: %3</source>
        <translation>%2페이지 중 %1페이지 실패: %3</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 could not be stored: %2</source>
        <translation>%1을(를) 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1: no such file</source>
        <translation>%1: 파일이 없습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <location line="+4"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>already in the project (same bytes)</source>
        <translation>이미 프로젝트에 있습니다(바이트 단위로 동일)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>already in the project as document %1</source>
        <translation>이미 프로젝트에 문서 %1(으)로 있습니다</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>same bytes as %1</source>
        <translation>%1과(와) 바이트 단위로 동일</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>same bytes as %1 in this batch</source>
        <translation>이번 일괄 작업의 %1과(와) 바이트 단위로 동일</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the file is empty</source>
        <translation>빈 파일입니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is too large (%1 MB; the limit is %2 MB)</source>
        <translation>파일이 너무 큽니다(%1MB, 제한 %2MB)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1, page %2 of %3</source>
        <translation>%1, %2/%3페이지</translation>
    </message>
</context>
<context>
    <name>quarry::IsolatedPageRenderer</name>
    <message>
        <location filename="../core/ingest/IsolatedPageRenderer.cpp" line="+41"/>
        <source>document %1 does not exist</source>
        <translation>문서 %1이(가) 없습니다</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is a %2 document: it has no page images</source>
        <translation>%1은(는) %2 문서이므로 페이지 이미지가 없습니다</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: the original file is not stored in the project</source>
        <translation>%1: 원본 파일이 프로젝트에 저장되어 있지 않습니다</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the page could not be drawn: no temporary folder (%1)</source>
        <translation>페이지를 그릴 수 없습니다: 임시 폴더가 없습니다(%1)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the page could not be drawn: %1 could not be written to the temporary folder: %2</source>
        <translation>페이지를 그릴 수 없습니다: %1을(를) 임시 폴더에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+42"/>
        <source>the page could not be drawn: %1</source>
        <translation>페이지를 그릴 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>the page could not be drawn: the renderer took longer than %1 s on this file and was stopped</source>
        <translation>페이지를 그릴 수 없습니다: 이 파일에서 렌더러가 %1초를 넘겨 중지했습니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the page was not drawn: cancelled</source>
        <translation>페이지를 그리지 않았습니다: 취소됨</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the page could not be drawn: the renderer crashed on this file (%1)</source>
        <translation>페이지를 그릴 수 없습니다: 이 파일에서 렌더러가 비정상 종료했습니다(%1)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the page could not be drawn: the renderer sent an unreadable answer</source>
        <translation>페이지를 그릴 수 없습니다: 렌더러의 응답을 읽을 수 없습니다</translation>
    </message>
</context>
<context>
    <name>quarry::MarkdownReader</name>
    <message>
        <location filename="../core/formats/MarkdownReader.cpp" line="+334"/>
        <source>%1: the file contains no text</source>
        <translation>%1: 파일에 텍스트가 없습니다</translation>
    </message>
</context>
<context>
    <name>quarry::OcrEngine</name>
    <message>
        <location filename="../core/ingest/OcrEngine.cpp" line="+82"/>
        <source>OCR languages &quot;%1&quot; could not be loaded by Tesseract from %2</source>
        <translation>Tesseract가 %2에서 OCR 언어 &quot;%1&quot;을(를) 불러올 수 없습니다</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>OCR was given an empty page image</source>
        <translation>OCR에 빈 페이지 이미지가 전달되었습니다</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>OCR: doubtful reading (mean confidence %1) not repeated enlarged: too little time left</source>
        <translation>OCR: 인식 결과가 불확실하지만(평균 신뢰도 %1) 남은 시간이 부족하여 확대해서 다시 읽지 않았습니다</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>OCR: doubtful reading (mean confidence %1) could not be repeated enlarged in the time left</source>
        <translation>OCR: 인식 결과가 불확실하지만(평균 신뢰도 %1) 남은 시간 안에 확대해서 다시 읽지 못했습니다</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>OCR: enlarged %1× and read again (text %2 px high; mean confidence %3 → %4)</source>
        <translation>OCR: %1배 확대하여 다시 읽었습니다(텍스트 높이 %2px, 평균 신뢰도 %3 → %4)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OCR: enlarged %1× and read again, kept the first reading (mean confidence %2, enlarged %3)</source>
        <translation>OCR: %1배 확대하여 다시 읽었지만 처음 결과를 유지했습니다(평균 신뢰도 %2, 확대 시 %3)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the page image (%1 × %2 px) could not be resized for OCR (out of memory)</source>
        <translation>OCR을 위해 페이지 이미지(%1 × %2px)의 크기를 조정할 수 없습니다(메모리 부족)</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+9"/>
        <location line="+4"/>
        <source>OCR stopped (cancelled or over its time limit)</source>
        <translation>OCR이 중지되었습니다(취소되었거나 제한 시간 초과)</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>OCR: read with Tesseract&apos;s page layout analysis (mode 3): one column, %1 lines holding %2% of the glyphs</source>
        <translation>OCR: Tesseract 쪽 레이아웃 분석(모드 3)으로 읽음: 단 하나, 글리프의 %2%를 담은 %1줄</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>the page image is %1 × %2 px, too small to measure text on</source>
        <translation>페이지 이미지가 %1 × %2px로 너무 작아 텍스트 크기를 측정할 수 없습니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the page image is %1 × %2 px, too large to measure text on</source>
        <translation>페이지 이미지가 %1 × %2px로 너무 커서 텍스트 크기를 측정할 수 없습니다</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the page has no contrast (blank or uniformly dark)</source>
        <translation>페이지에 명암 대비가 없습니다(빈 페이지이거나 전체가 어두움)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>most of the page is dark (%1%): no text height measured</source>
        <translation>페이지 대부분이 어두워(%1%) 텍스트 높이를 측정하지 않았습니다</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the page is too speckled to measure text on</source>
        <translation>페이지에 잡티가 너무 많아 텍스트 크기를 측정할 수 없습니다</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>too few glyphs on the page (%1) to measure text height</source>
        <translation>페이지의 글리프가 너무 적어(%1개) 텍스트 높이를 측정할 수 없습니다</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>OCR: page image %1 × %2 px reduced %3× to stay within %4 megapixels</source>
        <translation>OCR: %4메가픽셀 이내로 맞추기 위해 페이지 이미지(%1 × %2px)를 %3배 축소했습니다</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>OCR: %1</source>
        <translation>OCR: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OCR: not enlarged: measured text height %1 px is implausible</source>
        <translation>OCR: 측정한 텍스트 높이 %1px가 비정상적이어서 확대하지 않았습니다</translation>
    </message>
</context>
<context>
    <name>quarry::OcrLanguages</name>
    <message>
        <location filename="../core/ingest/OcrLanguages.cpp" line="+45"/>
        <source>no OCR language given</source>
        <translation>OCR 언어를 지정하지 않았습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OCR language &quot;%1&quot; is not installed (installed: %2)</source>
        <translation>OCR 언어 &quot;%1&quot;이(가) 설치되어 있지 않습니다(설치됨: %2)</translation>
    </message>
</context>
<context>
    <name>quarry::OffsetMap</name>
    <message>
        <location filename="../core/text/OffsetMap.cpp" line="+137"/>
        <source>offset map: unknown format %1</source>
        <translation>오프셋 맵: 알 수 없는 형식 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>offset map: truncated data</source>
        <translation>오프셋 맵: 데이터가 잘림</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>offset map: corrupt data</source>
        <translation>오프셋 맵: 데이터가 손상됨</translation>
    </message>
</context>
<context>
    <name>quarry::OpenAiClient</name>
    <message>
        <location filename="../core/llm/OpenAiClient.cpp" line="+90"/>
        <source>The server said: %1</source>
        <translation>서버 응답: %1</translation>
    </message>
    <message>
        <location line="+242"/>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No connection to %1 within %2 s: is the server running, and is the address reachable from this machine?</source>
        <translation>%2초 안에 %1에 연결하지 못했습니다: 서버가 실행 중이고 이 컴퓨터에서 주소에 접근할 수 있습니까?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The reply from %1 grew beyond %2 MB and was given up: is it a model server, and is max_tokens set?</source>
        <translation>%1의 응답이 %2MB를 넘어 중단했습니다: 모델 서버가 맞습니까? max_tokens가 설정되어 있습니까?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server at %1 sent nothing for %2 s and was given up: it may be overloaded or stuck. Raise the inactivity timeout for slow CPU servers.</source>
        <translation>%1의 서버가 %2초 동안 아무것도 보내지 않아 중단했습니다: 과부하 상태이거나 멈췄을 수 있습니다. 느린 CPU 서버라면 무응답 제한 시간을 늘리세요.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connection refused by %1: no model server is listening there. Start it (e.g. llama-server --port 8080, ollama serve) or check the address and port; a server in a container must listen on an address this machine can reach.</source>
        <translation>%1이(가) 연결을 거부했습니다: 그곳에서 대기 중인 모델 서버가 없습니다. 서버를 시작하거나(예: llama-server --port 8080, ollama serve) 주소와 포트를 확인하세요. 컨테이너 안의 서버는 이 컴퓨터가 접근할 수 있는 주소에서 대기해야 합니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 closed the connection before answering.</source>
        <translation>%1이(가) 응답하기 전에 연결을 닫았습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not reach %1: %2</source>
        <translation>%1에 연결할 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 redirected the request to %2: Quarry does not follow redirects to other addresses. Use the address the server redirects to if it is allowed.</source>
        <translation>%1이(가) 요청을 %2(으)로 리디렉션했습니다: Quarry는 다른 주소로의 리디렉션을 따르지 않습니다. 허용된 주소라면 서버가 리디렉션하는 주소를 사용하세요.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The prompt is %1 tokens but the server&apos;s context holds %2 (llama-server: -c, divided among the -np slots): use shorter passages or give the server a larger context.</source>
        <translation>프롬프트는 %1 토큰이지만 서버의 컨텍스트는 %2 토큰입니다(llama-server: -c 값을 -np 슬롯 수로 나눈 값): 더 짧은 구절을 사용하거나 서버에 더 큰 컨텍스트를 주세요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The prompt and the answer&apos;s max_tokens exceed the model&apos;s maximum context length (vLLM: --max-model-len): use shorter passages or fewer answer tokens.</source>
        <translation>프롬프트와 답변의 max_tokens가 모델의 최대 컨텍스트 길이를 넘습니다(vLLM: --max-model-len): 더 짧은 구절을 사용하거나 답변 토큰 수를 줄이세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The prompt does not fit the model&apos;s context: use shorter passages or a larger context (Ollama: OLLAMA_CONTEXT_LENGTH or num_ctx).</source>
        <translation>프롬프트가 모델의 컨텍스트에 맞지 않습니다: 더 짧은 구절이나 더 큰 컨텍스트를 사용하세요(Ollama: OLLAMA_CONTEXT_LENGTH 또는 num_ctx).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server refused the request (HTTP %1): the API key is missing or wrong. Set it in Settings &gt; Drafting, or for quarry-cli in QUARRY_LLM_API_KEY or --api-key-file.</source>
        <translation>서버가 요청을 거부했습니다(HTTP %1): API 키가 없거나 잘못되었습니다. 설정 &gt; 초안 작성에서 설정하거나, quarry-cli는 QUARRY_LLM_API_KEY 또는 --api-key-file로 설정하세요.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was not found (HTTP 404): check that the base URL is the server&apos;s API, which usually ends in /v1 (e.g. http://127.0.0.1:8080/v1 for llama-server, http://127.0.0.1:11434/v1 for Ollama), and that the model name exists.</source>
        <translation>%1을(를) 찾을 수 없습니다(HTTP 404): 기본 URL이 서버의 API(보통 /v1로 끝남, 예: llama-server는 http://127.0.0.1:8080/v1, Ollama는 http://127.0.0.1:11434/v1)인지, 모델 이름이 있는지 확인하세요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server is not ready (HTTP 503): the model is still loading or its queue is full. Try again in a moment, or lower the number of parallel requests.</source>
        <translation>서버가 준비되지 않았습니다(HTTP 503): 모델을 아직 불러오는 중이거나 대기열이 가득 찼습니다. 잠시 후 다시 시도하거나 병렬 요청 수를 줄이세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server asks for fewer requests (HTTP 429): lower the number of parallel requests.</source>
        <translation>서버가 요청을 줄여 달라고 합니다(HTTP 429): 병렬 요청 수를 줄이세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server rejected the request (HTTP %1).</source>
        <translation>서버가 요청을 거부했습니다(HTTP %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server failed (HTTP %1).</source>
        <translation>서버 오류가 발생했습니다(HTTP %1).</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The server&apos;s reply is not JSON: is %1 an OpenAI-compatible API?</source>
        <translation>서버의 응답이 JSON이 아닙니다: %1이(가) OpenAI 호환 API입니까?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server reported an error while answering.</source>
        <translation>서버가 응답하는 중에 오류를 보고했습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The connection to %1 broke before any answer came.</source>
        <translation>응답이 오기 전에 %1과(와)의 연결이 끊겼습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s reply has no answer (no choices): is %1 an OpenAI-compatible API?</source>
        <translation>서버의 응답에 답변이 없습니다(choices 없음): %1이(가) OpenAI 호환 API입니까?</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The server&apos;s model list is not JSON: is %1 an OpenAI-compatible API?</source>
        <translation>서버의 모델 목록이 JSON이 아닙니다: %1이(가) OpenAI 호환 API입니까?</translation>
    </message>
</context>
<context>
    <name>quarry::OpenAiFormat</name>
    <message>
        <location filename="../core/export/OpenAiFormat.cpp" line="+17"/>
        <source>OpenAI chat</source>
        <translation>OpenAI 채팅</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>turn %1 is a user message with a weight (only assistant messages have one)</source>
        <translation>턴 %1은(는) 가중치가 있는 사용자 메시지입니다(가중치는 어시스턴트 메시지에만 있음)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>turn %1 has weight %2 (must be 0 or 1)</source>
        <translation>턴 %1의 가중치가 %2입니다(0 또는 1이어야 함)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no assistant message</source>
        <translation>어시스턴트 메시지가 없습니다</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>no &quot;messages&quot; list</source>
        <translation>&quot;messages&quot; 목록이 없습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>message %1 is not an object</source>
        <translation>메시지 %1이(가) 객체가 아닙니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>message %1 has no text &quot;content&quot;</source>
        <translation>메시지 %1에 텍스트 필드 &quot;content&quot;가 없습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>message %1 is a system message after the conversation started</source>
        <translation>메시지 %1은(는) 대화가 시작된 뒤에 나온 시스템 메시지입니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>message %1 has role &quot;%2&quot; (expected system, user or assistant)</source>
        <translation>메시지 %1의 역할이 &quot;%2&quot;입니다(system, user 또는 assistant여야 함)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>message %1 has a weight that is not 0 or 1</source>
        <translation>메시지 %1의 가중치가 0 또는 1이 아닙니다</translation>
    </message>
</context>
<context>
    <name>quarry::PageCorrections</name>
    <message>
        <location filename="../core/store/PageCorrections.cpp" line="+18"/>
        <source>no page %1</source>
        <translation>%1페이지가 없습니다</translation>
    </message>
</context>
<context>
    <name>quarry::PageRenderer</name>
    <message>
        <location filename="../core/ingest/PageRenderer.cpp" line="+20"/>
        <source>document %1 does not exist</source>
        <translation>문서 %1이(가) 없습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the original file is not stored in the project</source>
        <translation>%1: 원본 파일이 프로젝트에 저장되어 있지 않습니다</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 has no page %2</source>
        <translation>%1에 %2페이지가 없습니다</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1 is a %2 document: it has no page images</source>
        <translation>%1은(는) %2 문서이므로 페이지 이미지가 없습니다</translation>
    </message>
</context>
<context>
    <name>quarry::PairHistory</name>
    <message>
        <location filename="../core/curation/PairHistory.cpp" line="+179"/>
        <source>user</source>
        <translation>사용자</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>assistant</source>
        <translation>어시스턴트</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Personal data confirmed</source>
        <translation>개인정보로 확인</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marked as not personal data</source>
        <translation>개인정보 아님으로 표시</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personal data type changed</source>
        <translation>개인정보 유형 변경</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personal data marked by hand</source>
        <translation>개인정보 직접 표시</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replacement changed</source>
        <translation>대체 방식 변경</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data decision (%1)</source>
        <translation>개인정보 결정(%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created</source>
        <translation>생성</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited</source>
        <translation>편집</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored</source>
        <translation>복원</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed</source>
        <translation>상태 변경</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag added</source>
        <translation>태그 추가</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag removed</source>
        <translation>태그 제거</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating changed</source>
        <translation>평점 변경</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source change reviewed</source>
        <translation>출처 변경 검토 완료</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Detection %1</source>
        <translation>탐지 항목 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location line="-227"/>
        <location line="+80"/>
        <location line="+160"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="-255"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>System prompt</source>
        <translation>시스템 프롬프트</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Context</source>
        <translation>컨텍스트</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+71"/>
        <source>Turn %1 (%2)</source>
        <translation>턴 %1(%2)</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Turn %1 (%2) added</source>
        <translation>턴 %1(%2) 추가됨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn %1 (%2) removed</source>
        <translation>턴 %1(%2) 제거됨</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Turn %1 role</source>
        <translation>턴 %1 역할</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Tags added</source>
        <translation>추가된 태그</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags removed</source>
        <translation>제거된 태그</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Author</source>
        <translation>작성자</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reviewer</source>
        <translation>검토자</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source changed</source>
        <translation>출처 변경됨</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location line="+150"/>
        <location line="+2"/>
        <source>Tag</source>
        <translation>태그</translation>
    </message>
    <message>
        <location line="-196"/>
        <location line="+198"/>
        <source>Rating</source>
        <translation>평점</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 “%2” in turn %3</source>
        <translation>턴 %3의 %1 “%2”</translation>
    </message>
</context>
<context>
    <name>quarry::PairListModel</name>
    <message>
        <location filename="../core/curation/PairListModel.cpp" line="+232"/>
        <source>(deleted)</source>
        <translation>(삭제됨)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 ⚑ %2</source>
        <translation>%1 ⚑ %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instruction</source>
        <translation>지시문</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rating</source>
        <translation>평점</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author</source>
        <translation>작성자</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>수정일</translation>
    </message>
</context>
<context>
    <name>quarry::PairRepository</name>
    <message>
        <location filename="../core/curation/PairRepository.cpp" line="+247"/>
        <source>The project is open read-only; the pair was not added.</source>
        <translation>프로젝트가 읽기 전용으로 열려 있어 쌍을 추가하지 않았습니다.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>A pair without an id cannot be restored.</source>
        <translation>ID가 없는 쌍은 복원할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+101"/>
        <location line="+31"/>
        <location line="+63"/>
        <location line="+78"/>
        <source>Pair %1 does not exist.</source>
        <translation>쌍 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>A tag needs a name.</source>
        <translation>태그에는 이름이 있어야 합니다.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>A rating must be between 1 and 5, not %1.</source>
        <translation>평점은 1에서 5 사이여야 합니다(입력값: %1).</translation>
    </message>
</context>
<context>
    <name>quarry::PairStatusText</name>
    <message>
        <location filename="../core/curation/PairStatusText.cpp" line="+9"/>
        <source>Draft</source>
        <translation>초안</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs review</source>
        <translation>검토 필요</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation>거부됨</translation>
    </message>
</context>
<context>
    <name>quarry::PdfSource</name>
    <message>
        <location filename="../core/ingest/PdfSource.cpp" line="+49"/>
        <location line="+9"/>
        <location line="+70"/>
        <source>%1 is not a readable PDF (damaged or not a PDF)</source>
        <translation>%1은(는) 읽을 수 있는 PDF가 아닙니다(손상되었거나 PDF가 아님)</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>%1 is password-protected: give its password</source>
        <translation>%1은(는) 암호로 보호되어 있습니다. 암호를 입력하세요</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: wrong password</source>
        <translation>%1: 암호가 틀렸습니다</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+49"/>
        <source>%1: page %2 cannot be read</source>
        <translation>%1: %2페이지를 읽을 수 없습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: page %2 could not be rendered</source>
        <translation>%1: %2페이지를 렌더링할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>quarry::PlainTextReader</name>
    <message>
        <location filename="../core/formats/PlainTextReader.cpp" line="+58"/>
        <source>%1: the file is empty</source>
        <translation>%1: 빈 파일입니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: not a text file (it contains binary data)</source>
        <translation>%1: 텍스트 파일이 아닙니다(바이너리 데이터가 포함됨)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: the file contains no text</source>
        <translation>%1: 파일에 텍스트가 없습니다</translation>
    </message>
</context>
<context>
    <name>quarry::ProjectLock</name>
    <message>
        <location filename="../core/store/ProjectLock.cpp" line="+81"/>
        <source>another process</source>
        <translation>다른 프로세스</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (process %2 on %3)</source>
        <translation>%1(%3의 프로세스 %2)</translation>
    </message>
</context>
<context>
    <name>quarry::ProjectMerger</name>
    <message>
        <location filename="../core/store/ProjectMerger.cpp" line="+113"/>
        <source>setting %1: %2 in %3, %4 kept from an earlier input</source>
        <translation>설정 %1: %3에서 %2, 이전 입력의 %4 유지</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>document %1 (id %2) page %3: corrected in %4, not in the copy kept from an earlier input; the correction of %4 was: %5</source>
        <translation>문서 %1(ID %2) %3쪽: %4에서 수정되었지만 이전 입력에서 유지한 사본에는 반영되지 않았습니다. %4의 수정 내용: %5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>document %1 (id %2) page %3: corrected differently in %4 than in the copy kept from an earlier input; the correction of %4 was: %5</source>
        <translation>문서 %1(id %2) %3쪽: %4에서 이전 입력에서 유지한 사본과 다르게 수정되었습니다. %4의 수정 내용: %5</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>redaction rule %1: defined differently in %2; the definition of an earlier input is kept</source>
        <translation>비식별화 규칙 %1: %2에서 다르게 정의되어 있습니다. 이전 입력의 정의를 유지합니다</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>redaction rule %1: %2 term(s) of %3 were not in the list of an earlier input; the merged list has both</source>
        <translation>비식별화 규칙 %1: %3의 용어 %2개가 이전 입력의 목록에 없었습니다. 병합된 목록에는 둘 다 들어 있습니다</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1 source(s) of pairs from %2 quote a passage the kept copy of their document cut differently; they keep their document, page and quote but no passage</source>
        <translation>%2의 쌍 출처 %1개가 인용한 구절을, 유지한 문서 사본에서는 다르게 나눴습니다. 이 출처들은 문서, 쪽, 인용문은 유지하지만 구절은 없습니다</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>document %1 (id %2) page %3: %4 at %5-%6 is %7 in %8 but %9 in the copy kept from an earlier input</source>
        <translation>문서 %1(id %2) %3쪽: %5-%6 위치의 %4은(는) %8에서는 %7이지만 이전 입력에서 유지한 사본에서는 %9입니다</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not detected</source>
        <translation>탐지되지 않음</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>pseudonym %1_%2 of %3 is %1_%4 in an earlier input; redacted text of %3 made before the merge still says %1_%2</source>
        <translation>%3의 가명 %1_%2은(는) 이전 입력에서 %1_%4입니다. 병합 전에 만든 %3의 비식별 처리된 텍스트에는 여전히 %1_%2(으)로 표시됩니다</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>pseudonym %1_%2 of %3 names another value in an earlier input; it is renumbered, and redacted text of %3 made before the merge still says %1_%2</source>
        <translation>%3의 가명 %1_%2은(는) 이전 입력에서 다른 값을 가리킵니다. 번호를 다시 매기며, 병합 전에 만든 %3의 비식별 처리된 텍스트에는 여전히 %1_%2(으)로 표시됩니다</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>prompt template %1 (%2) version %3 of %4 differs from the earlier input&apos;s; it is kept as version %5</source>
        <translation>%4의 프롬프트 템플릿 %1(%2) 버전 %3이(가) 이전 입력의 것과 다릅니다. 버전 %5(으)로 유지합니다</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>%1: has a table merge does not know (%2), probably from a newer Quarry; refusing rather than leaving it out of the merged project</source>
        <translation>%1: 병합이 알지 못하는 테이블(%2)이 있습니다. 더 새로운 Quarry에서 만든 것으로 보입니다. 병합된 프로젝트에서 빠뜨리는 대신 거부합니다</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: its ingest did not finish (%2 file(s) queued or running); run the same ingest again on it, then merge</source>
        <translation>%1: 가져오기가 끝나지 않았습니다(대기 중이거나 실행 중인 파일 %2개). 같은 가져오기를 다시 실행한 뒤 병합하세요</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>nothing to merge: name at least one input project</source>
        <translation>병합할 항목이 없습니다: 입력 프로젝트를 하나 이상 지정하세요</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+21"/>
        <source>%1: cannot merge a project into itself; name a new output file</source>
        <translation>%1: 프로젝트를 자기 자신에 병합할 수 없습니다. 새 출력 파일을 지정하세요</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+210"/>
        <source>%1: the file already exists; merge writes a new project</source>
        <translation>%1: 파일이 이미 있습니다. 병합은 새 프로젝트를 만듭니다</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>%1: no such folder</source>
        <translation>%1: 해당 폴더가 없습니다</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: named twice; each project can be merged once</source>
        <translation>%1: 두 번 지정되었습니다. 각 프로젝트는 한 번만 병합할 수 있습니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: in use by %2; merge it when that has finished</source>
        <translation>%1: %2에서 사용 중입니다. 그 작업이 끝난 뒤 병합하세요</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 and %2 have different pseudonym secrets: the same name or number would get different pseudonyms. Merge projects whose shards started from one project (copy it before ingesting), or merge them without their redaction</source>
        <translation>%1과(와) %2의 가명 비밀값이 다릅니다: 같은 이름이나 번호가 서로 다른 가명을 받게 됩니다. 샤드가 하나의 프로젝트에서 시작된 프로젝트끼리 병합하거나(가져오기 전에 그 프로젝트를 복사하세요), 비식별화 없이 병합하세요</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: cannot make a scratch folder to upgrade %2</source>
        <translation>%1: %2을(를) 업그레이드할 임시 폴더를 만들 수 없습니다</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>merging left a row of %1 pointing at a missing row of %2; nothing was written</source>
        <translation>병합 결과 %1의 행이 %2의 없는 행을 가리키게 되었습니다. 아무것도 쓰지 않았습니다</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: cannot create: %2</source>
        <translation>%1: 만들 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>quarry::ProjectStatistics</name>
    <message>
        <location filename="../core/curation/ProjectStatistics.cpp" line="+166"/>
        <source>Computing statistics was cancelled.</source>
        <translation>통계 계산을 취소했습니다.</translation>
    </message>
</context>
<context>
    <name>quarry::ProjectStore</name>
    <message>
        <location filename="../core/store/ProjectStore.cpp" line="+44"/>
        <source>%1: no such file</source>
        <translation>%1: 파일이 없습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: not a file</source>
        <translation>%1: 파일이 아닙니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the file is empty, not a Quarry project</source>
        <translation>%1: 빈 파일이며 Quarry 프로젝트가 아닙니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: not a Quarry project (not an SQLite database)</source>
        <translation>%1: Quarry 프로젝트가 아닙니다(SQLite 데이터베이스가 아님)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: an SQLite database, but not a Quarry project</source>
        <translation>%1: SQLite 데이터베이스이지만 Quarry 프로젝트가 아닙니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: made by a newer version of Quarry (schema %2; this version reads up to %3)</source>
        <translation>%1: 더 새로운 버전의 Quarry로 만든 파일입니다(스키마 %2, 이 버전은 %3까지 읽을 수 있음)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: the file is truncated or damaged (size %2 bytes does not match its header)</source>
        <translation>%1: 파일이 잘렸거나 손상되었습니다(크기 %2바이트가 헤더와 맞지 않음)</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+33"/>
        <source>%1: the file already exists</source>
        <translation>%1: 파일이 이미 있습니다</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+112"/>
        <source>%1: in use by %2</source>
        <translation>%1: %2에서 사용 중입니다</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>%1: not a Quarry project (tables missing)</source>
        <translation>%1: Quarry 프로젝트가 아닙니다(테이블이 없음)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: the file is damaged: %2</source>
        <translation>%1: 파일이 손상되었습니다: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: made by an older Quarry; open it once for writing to upgrade it</source>
        <translation>%1: 이전 버전의 Quarry로 만든 프로젝트입니다. 업그레이드하려면 쓰기 모드로 한 번 여세요</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: the file is read-only</source>
        <translation>%1: 읽기 전용 파일입니다</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>integrity: %1</source>
        <translation>무결성: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>table %1 row %2 refers to a missing row of %3</source>
        <translation>%1 테이블의 %2번 행이 %3 테이블의 없는 행을 가리킵니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the application id is not Quarry&apos;s</source>
        <translation>애플리케이션 ID가 Quarry의 것이 아닙니다</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>pages numbered beyond their document&apos;s page count</source>
        <translation>문서의 쪽수를 넘는 번호의 페이지</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>documents marked ok that lack some of their pages</source>
        <translation>정상으로 표시되었지만 일부 페이지가 없는 문서</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>detections that point outside their page&apos;s text</source>
        <translation>페이지 텍스트 밖을 가리키는 탐지 항목</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pairs without any turn</source>
        <translation>대화 턴이 없는 쌍</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>settings that are not valid JSON</source>
        <translation>올바른 JSON이 아닌 설정</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>%1: cannot create: %2</source>
        <translation>%1: 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1: cannot be opened: the file is read-only and Quarry may not create files in its folder (copy the project to a writable folder)</source>
        <translation>%1: 열 수 없습니다: 파일이 읽기 전용이고 Quarry가 해당 폴더에 파일을 만들 수 없습니다(쓰기 가능한 폴더로 프로젝트를 복사하세요)</translation>
    </message>
</context>
<context>
    <name>quarry::PromptLibrary</name>
    <message>
        <location filename="../core/llm/PromptLibrary.cpp" line="+68"/>
        <source>no prompt template named &apos;%1&apos; (questions, answer or pairs)</source>
        <translation>&apos;%1&apos;(이)라는 프롬프트 템플릿이 없습니다(questions, answer 또는 pairs)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>prompt templates are in Korean (ko) or English (en), not &apos;%1&apos;</source>
        <translation>프롬프트 템플릿은 한국어(ko) 또는 영어(en)만 가능하며 &apos;%1&apos;은(는) 지원하지 않습니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the %1 template&apos;s user text must contain %2</source>
        <translation>%1 템플릿의 user 텍스트에는 %2이(가) 있어야 합니다</translation>
    </message>
</context>
<context>
    <name>quarry::PromptTemplate</name>
    <message>
        <location filename="../core/llm/PromptTemplate.cpp" line="+69"/>
        <source>no prompt template &apos;%1&apos; for language &apos;%2&apos;</source>
        <translation>언어 &apos;%2&apos;용 프롬프트 템플릿 &apos;%1&apos;이(가) 없습니다</translation>
    </message>
</context>
<context>
    <name>quarry::RecordFormat</name>
    <message>
        <location filename="../core/export/RecordFormat.cpp" line="+26"/>
        <source>the pair has no turns</source>
        <translation>쌍에 턴이 없습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>turn %1 (%2) is empty</source>
        <translation>턴 %1(%2)이(가) 비어 있습니다</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>unknown status &quot;%1&quot;</source>
        <translation>알 수 없는 상태 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;tags&quot; is not a list</source>
        <translation>&quot;tags&quot;가 목록이 아닙니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;tags&quot; holds something that is not a tag name</source>
        <translation>&quot;tags&quot;에 태그 이름이 아닌 항목이 있습니다</translation>
    </message>
</context>
<context>
    <name>quarry::Redactor</name>
    <message>
        <location filename="../core/redact/Redactor.cpp" line="+406"/>
        <source>page %1 does not exist</source>
        <translation>%1페이지가 없습니다</translation>
    </message>
</context>
<context>
    <name>quarry::ReplyJson</name>
    <message>
        <location filename="../core/llm/ReplyJson.cpp" line="+151"/>
        <source>the reply is empty</source>
        <translation>응답이 비어 있습니다</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <location line="+9"/>
        <source>%n trailing comma(s) removed</source>
        <translation>
            <numerusform>끝에 붙은 쉼표 %n개를 제거했습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n unclosed bracket(s) closed at the end</source>
        <translation>
            <numerusform>닫히지 않은 괄호 %n개를 끝에서 닫았습니다</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the reply holds no JSON object or array</source>
        <translation>응답에 JSON 객체나 배열이 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the reply&apos;s JSON is broken beyond a safe repair</source>
        <translation>응답의 JSON이 안전하게 복구할 수 없을 만큼 손상되었습니다</translation>
    </message>
</context>
<context>
    <name>quarry::RuleSet</name>
    <message>
        <location filename="../core/redact/RuleSet.cpp" line="+64"/>
        <source>the pattern is empty</source>
        <translation>패턴이 비어 있습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid regular expression at offset %1: %2</source>
        <translation>오프셋 %1의 정규식이 잘못되었습니다: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the pattern matches empty text</source>
        <translation>패턴이 빈 텍스트와 일치합니다</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>(unnamed)</source>
        <translation>(이름 없음)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rule &apos;%1&apos;: %2</source>
        <translation>규칙 &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the rule has no name</source>
        <translation>규칙에 이름이 없습니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>there is no built-in recognizer of that name</source>
        <translation>해당 이름의 기본 제공 인식기가 없습니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>the rule has no entity type</source>
        <translation>규칙에 개체 유형이 없습니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the score must be between 0 and 1</source>
        <translation>점수는 0에서 1 사이여야 합니다</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1: not valid JSON at offset %2: %3</source>
        <translation>%1: 오프셋 %2에서 올바른 JSON이 아닙니다: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: not a rule pack (expected an object with a &quot;rules&quot; array)</source>
        <translation>%1: 규칙 팩이 아닙니다(&quot;rules&quot; 배열이 있는 객체여야 함)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rule #%1: not a JSON object</source>
        <translation>규칙 #%1: JSON 객체가 아닙니다</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>rule &apos;%1&apos;: unknown kind &apos;%2&apos;</source>
        <translation>규칙 &apos;%1&apos;: 알 수 없는 종류 &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>rule &apos;%1&apos;: score is not a number</source>
        <translation>규칙 &apos;%1&apos;: score가 숫자가 아닙니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>rule &apos;%1&apos;: terms is not an array</source>
        <translation>규칙 &apos;%1&apos;: terms가 배열이 아닙니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>rule &apos;%1&apos;: the rule has no name</source>
        <translation>규칙 &apos;%1&apos;: 규칙에 이름이 없습니다</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: cannot read the rule pack: %2</source>
        <translation>%1: 규칙 팩을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>%1: cannot read the term list: %2</source>
        <translation>%1: 용어 목록을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the term list is not UTF-8 text</source>
        <translation>%1: 용어 목록이 UTF-8 텍스트가 아닙니다</translation>
    </message>
</context>
<context>
    <name>quarry::SetRatingCommand</name>
    <message>
        <location filename="../core/curation/SetRatingCommand.cpp" line="+11"/>
        <source>Set rating</source>
        <translation>평점 설정</translation>
    </message>
</context>
<context>
    <name>quarry::SetStatusCommand</name>
    <message numerus="yes">
        <location filename="../core/curation/SetStatusCommand.cpp" line="+16"/>
        <source>Set status of %n pair(s) to %1</source>
        <translation>
            <numerusform>쌍 %n개의 상태를 %1(으)로 설정</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quarry::ShardPartition</name>
    <message>
        <location filename="../core/ingest/ShardPartition.cpp" line="+16"/>
        <source>shard %1/%2: wants K/N with N at least 1 and K from 0 to N-1</source>
        <translation>샤드 %1/%2: K/N 형식이어야 하며 N은 1 이상, K는 0부터 N-1까지입니다</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: a shard is written K/N, e.g. 0/4 (K counted from 0)</source>
        <translation>%1: 샤드는 K/N 형식으로 씁니다. 예: 0/4(K는 0부터 셈)</translation>
    </message>
</context>
<context>
    <name>quarry::ShareGptFormat</name>
    <message>
        <location filename="../core/export/ShareGptFormat.cpp" line="+17"/>
        <source>ShareGPT</source>
        <translation>ShareGPT</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the conversation starts with gpt (human must come first)</source>
        <translation>대화가 gpt로 시작합니다(human이 먼저 와야 함)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>turn %1 breaks the human/gpt alternation</source>
        <translation>턴 %1에서 human/gpt 교대 순서가 깨졌습니다</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>the conversation ends with a human turn that has no gpt answer</source>
        <translation>대화가 gpt 답변이 없는 human 턴으로 끝납니다</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>no &quot;conversations&quot; list</source>
        <translation>&quot;conversations&quot; 목록이 없습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;system&quot; is not text</source>
        <translation>&quot;system&quot;이 텍스트가 아닙니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>turn %1 is not an object</source>
        <translation>턴 %1이(가) 객체가 아닙니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>turn %1 has no text &quot;value&quot;</source>
        <translation>턴 %1에 텍스트 필드 &quot;value&quot;가 없습니다</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>turn %1 is from &quot;%2&quot; (expected human or gpt)</source>
        <translation>턴 %1의 발화자가 &quot;%2&quot;입니다(human 또는 gpt여야 함)</translation>
    </message>
</context>
<context>
    <name>quarry::SyntheticGenerator</name>
    <message>
        <location filename="../core/curation/SyntheticGenerator.cpp" line="+148"/>
        <source>Generating pairs was cancelled.</source>
        <translation>쌍 생성을 취소했습니다.</translation>
    </message>
</context>
<context>
    <name>quarry::TagCommand</name>
    <message>
        <location filename="../core/curation/TagCommand.cpp" line="+12"/>
        <source>Add tag %1</source>
        <translation>태그 %1 추가</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove tag %1</source>
        <translation>태그 %1 제거</translation>
    </message>
</context>
<context>
    <name>quarry::TaskContext</name>
    <message>
        <location filename="../core/util/TaskContext.h" line="+54"/>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
</context>
<context>
    <name>quarry::TextDecoder</name>
    <message>
        <location filename="../core/text/TextDecoder.cpp" line="+449"/>
        <source>the encoding could not be detected; the text was read as Windows-1252</source>
        <translation>인코딩을 감지할 수 없어 텍스트를 Windows-1252로 읽었습니다</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1: unknown text encoding</source>
        <translation>%1: 알 수 없는 텍스트 인코딩</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n invalid byte sequence(s) in %1 text replaced with U+FFFD</source>
        <translation>
            <numerusform>%1 텍스트의 잘못된 바이트 시퀀스 %n개를 U+FFFD로 바꿨습니다</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the detected encoding %1 is not supported; the text was read as Windows-1252</source>
        <translation>감지된 인코딩 %1은(는) 지원되지 않아 텍스트를 Windows-1252로 읽었습니다</translation>
    </message>
</context>
<context>
    <name>quarry::WorkerClient</name>
    <message>
        <location filename="../core/ingest/WorkerClient.cpp" line="+65"/>
        <source>the ingest worker %1 could not be started: %2</source>
        <translation>문서 추가 작업자 프로세스 %1을(를) 시작할 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the worker crashed</source>
        <translation>작업자 프로세스가 비정상 종료되었습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the worker exited with code %1</source>
        <translation>작업자 프로세스가 코드 %1(으)로 종료되었습니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the worker ran out of memory (its limit is %1 MB)</source>
        <translation>작업자 프로세스의 메모리가 부족합니다(제한: %1MB)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the worker is not running</source>
        <translation>작업자 프로세스가 실행 중이 아닙니다</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the worker sent an unreadable message</source>
        <translation>작업자 프로세스가 읽을 수 없는 메시지를 보냈습니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no answer within %1 s</source>
        <translation>%1초 안에 응답이 없습니다</translation>
    </message>
</context>
<context>
    <name>quarry::WorkerServer</name>
    <message>
        <location filename="../core/ingest/WorkerServer.cpp" line="+193"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: no reader for this kind of file</source>
        <translation>%1: 이 종류의 파일을 읽을 수 있는 판독기가 없습니다</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+19"/>
        <source>the file cannot be opened: %1</source>
        <translation>파일을 열 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n character(s) of the text layer have no Unicode value in their font and are missing from the text (the program that wrote the PDF left them out of its character map)</source>
        <translation>
            <numerusform>텍스트 레이어의 문자 %n개가 글꼴에 유니코드 값이 없어 텍스트에서 빠졌습니다(PDF를 만든 프로그램이 문자 맵에서 누락함)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the text layer is unreadable (unmapped glyphs); the page was OCRed</source>
        <translation>텍스트 레이어를 읽을 수 없어(매핑되지 않은 글리프) 페이지를 OCR로 처리했습니다</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>pages were asked of a file that has none</source>
        <translation>페이지가 없는 파일에 페이지를 요청했습니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>page %1: OCR exceeded the time limit of %2 s</source>
        <translation>%1페이지: OCR이 제한 시간 %2초를 초과했습니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>page %1 was not read: %2</source>
        <translation>%1페이지를 읽지 못했습니다: %2</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>page %1 could not be drawn: %2</source>
        <translation>%1페이지를 그릴 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>unknown request &quot;%1&quot;</source>
        <translation>알 수 없는 요청 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>%1 has no page images</source>
        <translation>%1에는 페이지 이미지가 없습니다</translation>
    </message>
    <message>
        <location line="-258"/>
        <source>it needs more memory than a worker may use (%1 MB)</source>
        <translation>작업자 프로세스가 사용할 수 있는 메모리(%1MB)보다 많은 메모리가 필요합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it needs more memory than is available</source>
        <translation>사용 가능한 메모리보다 많은 메모리가 필요합니다</translation>
    </message>
    <message>
        <location line="+270"/>
        <source>%1: page %2 could not be encoded</source>
        <translation>%1: %2페이지를 인코딩할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>quarry::ZipArchive</name>
    <message>
        <location filename="../core/formats/ZipArchive.cpp" line="+24"/>
        <source>unknown error</source>
        <translation>알 수 없는 오류</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: out of memory opening the archive</source>
        <translation>%1: 아카이브를 여는 중 메모리가 부족합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: not a valid ZIP archive (%2)</source>
        <translation>%1: 올바른 ZIP 아카이브가 아닙니다(%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: the ZIP archive is damaged (%2)</source>
        <translation>%1: ZIP 아카이브가 손상되었습니다(%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the archive has more than %2 entries; refusing to read it</source>
        <translation>%1: 아카이브 항목이 %2개를 넘어 읽지 않습니다</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the archive is encrypted (password-protected)</source>
        <translation>%1: 아카이브가 암호화되어 있습니다(암호로 보호됨)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: cannot read %2 from the archive (%3)</source>
        <translation>%1: 아카이브에서 %2을(를) 읽을 수 없습니다(%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 inflates to more than %3 MB; refusing to read it (possible zip bomb)</source>
        <translation>%1: %2의 압축 해제 크기가 %3MB를 넘어 읽지 않습니다(ZIP 폭탄일 수 있음)</translation>
    </message>
</context>
<context>
    <name>quarry::cli::CheckCommand</name>
    <message>
        <location filename="../app/cli/commands/CheckCommand.cpp" line="+13"/>
        <source>Verify a project&apos;s integrity and Quarry&apos;s own invariants.</source>
        <translation>프로젝트의 무결성과 Quarry 자체 불변 조건을 검사합니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print one JSON object.</source>
        <translation>JSON 객체 하나로 출력합니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The project file.</source>
        <translation>프로젝트 파일.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: ok</source>
        <translation>%1: 정상</translation>
    </message>
</context>
<context>
    <name>quarry::cli::ChunkCommand</name>
    <message>
        <location filename="../app/cli/commands/ChunkCommand.cpp" line="+14"/>
        <source>Cut every document&apos;s text into passages (by headings and paragraphs, then by size). Pairs stay linked to their sources; pairs whose source text changed are flagged for review.</source>
        <translation>모든 문서의 텍스트를 구절로 나눕니다(제목과 단락 기준으로 나눈 뒤 크기 기준으로 나눔). 쌍은 출처와 계속 연결되며, 출처 텍스트가 바뀐 쌍은 검토 대상으로 표시됩니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Target passage length in characters (default %1).</source>
        <translation>목표 구절 길이(문자 수, 기본값 %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum passage length (default %1).</source>
        <translation>최대 구절 길이(기본값 %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Characters repeated when a paragraph is cut (default %1).</source>
        <translation>단락을 자를 때 반복할 문자 수(기본값 %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only this document id.</source>
        <translation>이 문서 ID만.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print one JSON object.</source>
        <translation>JSON 객체 하나로 출력합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The project file.</source>
        <translation>프로젝트 파일.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>chunk: --target, --max and --overlap take a number of characters</source>
        <translation>chunk: --target, --max, --overlap에는 문자 수를 지정해야 합니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>chunk: --max (%1) must not be less than --target (%2)</source>
        <translation>chunk: --max(%1)는 --target(%2)보다 작으면 안 됩니다</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>chunk: no document %1 in the project</source>
        <translation>chunk: 프로젝트에 문서 %1이(가) 없습니다</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 document(s), %2 passage(s); %3 source link(s) kept, %4 pair(s) flagged for review</source>
        <translation>문서 %1개, 구절 %2개. 출처 연결 %3개 유지, 쌍 %4개 검토 대상으로 표시</translation>
    </message>
</context>
<context>
    <name>quarry::cli::Command</name>
    <message>
        <location filename="../app/cli/Command.cpp" line="+31"/>
        <source>Show this help.</source>
        <translation>이 도움말을 표시합니다.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: wrong number of arguments (see quarry-cli %1 --help)</source>
        <translation>%1: 인수 개수가 잘못되었습니다(quarry-cli %1 --help 참고)</translation>
    </message>
</context>
<context>
    <name>quarry::cli::CorrectCommand</name>
    <message>
        <location filename="../app/cli/commands/CorrectCommand.cpp" line="+16"/>
        <source>Replace a page&apos;s extracted text with a correction, or remove the correction.</source>
        <translation>페이지에서 추출한 텍스트를 수정본으로 바꾸거나 수정본을 제거합니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Page number (default 1).</source>
        <translation>페이지 번호(기본값 1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the corrected text from FILE (UTF-8; - for stdin).</source>
        <translation>수정된 텍스트를 FILE에서 읽습니다(UTF-8, 표준 입력은 -).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove the correction: the extracted text applies again.</source>
        <translation>수정본을 제거합니다. 추출한 텍스트가 다시 적용됩니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The project file.</source>
        <translation>프로젝트 파일.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Document id or file name.</source>
        <translation>문서 ID 또는 파일 이름.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>correct: give either --file or --clear</source>
        <translation>correct: --file 또는 --clear 중 하나를 지정하세요</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no document %1 in %2</source>
        <translation>%2에 문서 %1이(가) 없습니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>document %1 has no page %2</source>
        <translation>문서 %1에 %2페이지가 없습니다</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Removed the correction of page %1</source>
        <translation>%1페이지의 수정본을 제거했습니다</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: not valid UTF-8</source>
        <translation>%1: 올바른 UTF-8이 아닙니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Corrected page %1</source>
        <translation>%1페이지를 수정했습니다</translation>
    </message>
</context>
<context>
    <name>quarry::cli::DemoCommand</name>
    <message>
        <location filename="../app/cli/commands/DemoCommand.cpp" line="+11"/>
        <source>Build the demo project from the bundled sample documents.</source>
        <translation>함께 제공되는 샘플 문서로 데모 프로젝트를 만듭니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Folder of sample documents to use.</source>
        <translation>사용할 샘플 문서 폴더.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The project file to create (*.quarry).</source>
        <translation>만들 프로젝트 파일(*.quarry).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Created the demo project %1</source>
        <translation>데모 프로젝트 %1을(를) 만들었습니다</translation>
    </message>
</context>
<context>
    <name>quarry::cli::DetectionsCommand</name>
    <message>
        <location filename="../app/cli/commands/DetectionsCommand.cpp" line="+14"/>
        <source>List a project&apos;s detections with their review status.</source>
        <translation>프로젝트의 탐지 항목을 검토 상태와 함께 나열합니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only these statuses (pending, accepted, rejected, manual; comma separated).</source>
        <translation>이 상태만(pending, accepted, rejected, manual, 쉼표로 구분).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only this entity type (e.g. PHONE).</source>
        <translation>이 개체 유형만(예: PHONE).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print one JSON array.</source>
        <translation>JSON 배열 하나로 출력합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The project file.</source>
        <translation>프로젝트 파일.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--status: unknown status &apos;%1&apos; (pending, accepted, rejected, manual)</source>
        <translation>--status: 알 수 없는 상태 &apos;%1&apos;(pending, accepted, rejected, manual)</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n detection(s)</source>
        <translation>
            <numerusform>탐지 항목 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quarry::cli::DocsCommand</name>
    <message>
        <location filename="../app/cli/commands/DocsCommand.cpp" line="+35"/>
        <source>List a project&apos;s documents: status, pages, method per page, encoding, error.</source>
        <translation>프로젝트의 문서를 나열합니다: 상태, 페이지, 페이지별 추출 방식, 인코딩, 오류.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print one JSON array.</source>
        <translation>JSON 배열 하나로 출력합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The project file.</source>
        <translation>프로젝트 파일.</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n페이지</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(pages estimated)</source>
        <translation>(페이지 수 추정)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pages: %1</source>
        <translation>페이지: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error: %1</source>
        <translation>오류: %1</translation>
    </message>
</context>
<context>
    <name>quarry::cli::DraftCommand</name>
    <message>
        <location filename="../app/cli/commands/DraftCommand.cpp" line="+50"/>
        <source>Draft instruction/response pairs from redacted passages with a local model server. Only a passage&apos;s redacted text is sent, never one whose findings wait for review; drafts arrive with status draft for a person to approve.</source>
        <translation>로컬 모델 서버로 비식별 처리된 구절에서 지시/응답 쌍의 초안을 만듭니다. 구절의 비식별 처리된 텍스트만 전송하며, 탐지 항목이 검토를 기다리는 구절은 절대 보내지 않습니다. 초안은 초안 상태로 들어오며 사람이 승인해야 합니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Which passages: all (default), document:ID, or ids and ranges such as 3,5,9-12.</source>
        <translation>대상 구절: all(기본값), document:ID 또는 3,5,9-12와 같은 id 및 범위.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model server&apos;s base URL, with or without /v1 (default: the QUARRY_LLM_URL environment variable; a resumed run uses its own).</source>
        <translation>모델 서버의 기본 URL, /v1 포함 여부 무관(기본값: QUARRY_LLM_URL 환경 변수, 재개한 실행은 자체 값을 사용).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ask for questions and answers in one request per passage (for slow CPU servers).</source>
        <translation>구절마다 한 번의 요청으로 질문과 답변을 함께 요청합니다(느린 CPU 서버용).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questions per passage (default: one per %1 characters, at most %2).</source>
        <translation>구절당 질문 수(기본값: %1자당 하나, 최대 %2개).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With no --questions: one question per this many characters (default %1).</source>
        <translation>--questions가 없을 때: 이 글자 수마다 질문 하나(기본값 %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requests at a time (default %1; more than the server&apos;s slots only queue there).</source>
        <translation>동시 요청 수(기본값 %1, 서버 슬롯 수를 넘는 요청은 서버에서 대기만 함).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Most tokens per reply (default %1).</source>
        <translation>응답당 최대 토큰 수(기본값 %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sampling temperature (default %1).</source>
        <translation>샘플링 온도(기본값 %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How replies are asked to be JSON: auto (probe the server once, default), json_schema, json_object or instructions.</source>
        <translation>응답을 JSON으로 요청하는 방식: auto(서버를 한 번 확인, 기본값), json_schema, json_object 또는 instructions.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go on with the newest unfinished run (or --run ID).</source>
        <translation>끝나지 않은 가장 최근 실행(또는 --run ID)을 이어서 진행합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run to resume.</source>
        <translation>재개할 실행.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the first request body of each passage exactly as it would be sent, and send nothing.</source>
        <translation>각 구절의 첫 요청 본문을 전송될 그대로 출력하고, 아무것도 전송하지 않습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List the prompt templates (built in and saved in the project), newest version of each.</source>
        <translation>프롬프트 템플릿(기본 제공 및 프로젝트에 저장된 것)을 각각 최신 버전으로 나열합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a prompt template as its next version in the project: a JSON file with name (questions, answer, pairs), language (ko, en), system and user.</source>
        <translation>프롬프트 템플릿을 프로젝트에 다음 버전으로 저장합니다: name(questions, answer, pairs), language(ko, en), system, user가 있는 JSON 파일.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the requests and replies a drafted pair came from.</source>
        <translation>초안으로 만든 쌍의 근거가 된 요청과 응답을 출력합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print one JSON object.</source>
        <translation>JSON 객체 하나로 출력합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The project file.</source>
        <translation>프로젝트 파일.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>draft --show: pair %1 was not drafted by a model</source>
        <translation>draft --show: 쌍 %1은(는) 모델이 초안을 만든 것이 아닙니다</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Pair %1, drafted in run %2</source>
        <translation>쌍 %1, 실행 %2에서 초안 작성</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Support in the passage: %1%</source>
        <translation>구절 내 근거: %1%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flag %1: %2</source>
        <translation>플래그 %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request %1: %2 (template %3 v%4, %5), %6 at %7, %8</source>
        <translation>요청 %1: %2(템플릿 %3 v%4, %5), %7에 %6, %8</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outcome: %1; %2 prompt + %3 completion tokens; %4 ms</source>
        <translation>결과: %1; 프롬프트 토큰 %2 + 완성 토큰 %3; %4 ms</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sent:</source>
        <translation>전송:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply:</source>
        <translation>응답:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 (%2): version %3%4, %5 version(s)</source>
        <translation>%1(%2): 버전 %3%4, 버전 %5개</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> built in</source>
        <translation> 기본 제공</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>draft: cannot read %1: %2</source>
        <translation>draft: %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved %1 (%2) as version %3</source>
        <translation>%1(%2)을(를) 버전 %3(으)로 저장했습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+66"/>
        <location line="+109"/>
        <source>draft: %1</source>
        <translation>draft: %1</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>draft --show takes a pair id</source>
        <translation>draft --show에는 쌍 id가 필요합니다</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>draft: --questions, --chars-per-question and --concurrency take a number from 1, --max-tokens one from 16</source>
        <translation>draft: --questions, --chars-per-question, --concurrency에는 1 이상의 숫자, --max-tokens에는 16 이상의 숫자가 필요합니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>draft: --temperature takes a number from 0 to 2</source>
        <translation>draft: --temperature에는 0에서 2 사이의 숫자를 지정해야 합니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>draft: --structured takes auto, json_schema, json_object or instructions</source>
        <translation>draft: --structured에는 auto, json_schema, json_object 또는 instructions를 지정해야 합니다</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>draft --resume: no unfinished drafting run in the project</source>
        <translation>draft --resume: 프로젝트에 완료되지 않은 초안 작성 실행이 없습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>draft --resume: no drafting run %1 in the project</source>
        <translation>draft --resume: 프로젝트에 초안 작성 실행 %1이(가) 없습니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>draft: no model server given (--url or QUARRY_LLM_URL)</source>
        <translation>draft: 모델 서버가 지정되지 않았습니다(--url 또는 QUARRY_LLM_URL)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the server&apos;s structured-output mode is not known yet: shown with plain instructions; a run probes it first</source>
        <translation>서버의 구조화 출력 모드를 아직 알 수 없습니다: 일반 지시문 방식으로 표시합니다. 실행 시 먼저 확인합니다</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>draft: the server lists no models; name one with --model</source>
        <translation>draft: 서버가 제공하는 모델이 없습니다. --model로 모델을 지정하세요</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Run %1: %2 passage(s) done, %3 failed, %4 refused; %5 pair(s) drafted, %6 flagged for a closer look</source>
        <translation>실행 %1: 구절 %2개 완료, %3개 실패, %4개 거절됨, 쌍 %5개 초안 작성, %6개 추가 확인 필요 표시</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 request(s), %2 prompt and %3 completion tokens in %4 s</source>
        <translation>요청 %1건, 프롬프트 토큰 %2개 및 완성 토큰 %3개, %4초 소요</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resume the unfinished passages with: quarry-cli draft PROJECT --resume</source>
        <translation>완료되지 않은 구절을 이어서 처리하려면: quarry-cli draft PROJECT --resume</translation>
    </message>
</context>
<context>
    <name>quarry::cli::EndpointCommand</name>
    <message>
        <location filename="../app/cli/commands/EndpointCommand.cpp" line="+15"/>
        <source>Test a local model server: its models, speed and structured-output mode.</source>
        <translation>로컬 모델 서버를 테스트합니다: 모델, 속도, 구조화 출력 모드.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print one JSON object.</source>
        <translation>JSON 객체 하나로 출력합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s base URL, with or without /v1 (e.g. http://127.0.0.1:8080, http://127.0.0.1:11434/v1).</source>
        <translation>서버의 기본 URL입니다. /v1은 붙여도 되고 생략해도 됩니다(예: http://127.0.0.1:8080, http://127.0.0.1:11434/v1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>endpoint: unknown action &apos;%1&apos; (expected: test)</source>
        <translation>endpoint: 알 수 없는 동작 &apos;%1&apos;(가능한 값: test)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Endpoint: %1</source>
        <translation>엔드포인트: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models: %1</source>
        <translation>모델: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none listed)</source>
        <translation>(목록 없음)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model tested: %1</source>
        <translation>테스트한 모델: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(server default)</source>
        <translation>(서버 기본값)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the model &apos;%1&apos; is not among those the server lists</source>
        <translation>모델 &apos;%1&apos;은(는) 서버가 제공하는 모델 목록에 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed: %1 tokens/s (%2 tokens in %3 s, first byte after %4 s)%5</source>
        <translation>속도: 초당 %1토큰(%2토큰, %3초 소요, 첫 바이트까지 %4초)%5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (counted from streamed chunks)</source>
        <translation> (스트리밍 청크 기준으로 계산)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Structured output: %1</source>
        <translation>구조화 출력: %1</translation>
    </message>
</context>
<context>
    <name>quarry::cli::EndpointOptions</name>
    <message>
        <location filename="../app/cli/EndpointOptions.cpp" line="+13"/>
        <source>The model to use (default: the first the server lists).</source>
        <translation>사용할 모델입니다(기본값: 서버 목록의 첫 번째 모델).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Allow a server on the site&apos;s network (private addresses), not only this machine.</source>
        <translation>이 컴퓨터뿐 아니라 사내 네트워크(사설 주소)의 서버도 허용합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the API key from this file (default: the QUARRY_LLM_API_KEY environment variable).</source>
        <translation>이 파일에서 API 키를 읽습니다(기본값: QUARRY_LLM_API_KEY 환경 변수).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds to wait for the connection (default 10).</source>
        <translation>연결을 기다리는 시간(초)입니다(기본값 10).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds of silence from the server before giving up (default 300).</source>
        <translation>서버 응답이 없을 때 포기하기까지의 시간(초)입니다(기본값 300).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no model server URL given</source>
        <translation>모델 서버 URL이 지정되지 않았습니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read the API key file %1: %2</source>
        <translation>API 키 파일 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--%1 takes a number of seconds above 0</source>
        <translation>--%1에는 0보다 큰 초 단위 숫자를 지정해야 합니다</translation>
    </message>
</context>
<context>
    <name>quarry::cli::ExportCommand</name>
    <message>
        <location filename="../app/cli/commands/ExportCommand.cpp" line="+15"/>
        <source>Write approved pairs as a JSONL dataset folder (splits, dataset_info.json, README.md).</source>
        <translation>승인된 쌍을 JSONL 데이터셋 폴더로 씁니다(분할, dataset_info.json, README.md).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dataset format: %1.</source>
        <translation>데이터셋 형식: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output folder (new, empty, or an earlier export).</source>
        <translation>출력 폴더(새 폴더, 빈 폴더 또는 이전 내보내기 폴더).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pair status to export (draft, review, approved, rejected; repeat or comma-separate). Default: approved.</source>
        <translation>내보낼 쌍의 상태(draft, review, approved, rejected, 반복하거나 쉼표로 구분). 기본값: approved.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only pairs with this tag (repeat: all of them).</source>
        <translation>이 태그가 있는 쌍만(반복 시 모든 태그가 있는 쌍).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only pairs rated at least N (1-5).</source>
        <translation>평점이 N 이상인 쌍만(1-5).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only pairs from this document id (repeatable).</source>
        <translation>이 문서 ID에서 나온 쌍만(반복 가능).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train,validation[,test] ratios. Default: 0.9,0.1.</source>
        <translation>학습,검증[,테스트] 비율. 기본값: 0.9,0.1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed of the split shuffle. Default: 42.</source>
        <translation>분할 셔플의 시드. 기본값: 42.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split pairs one by one instead of by source document.</source>
        <translation>출처 문서 단위가 아니라 쌍 단위로 분할합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance each pair&apos;s first tag across the splits.</source>
        <translation>각 쌍의 첫 번째 태그가 분할 간에 고르게 분포되도록 합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One system prompt for every pair.</source>
        <translation>모든 쌍에 사용할 시스템 프롬프트 하나.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write no system prompt.</source>
        <translation>시스템 프롬프트를 쓰지 않습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also drop near duplicates at or above this similarity (0-1).</source>
        <translation>이 유사도(0-1) 이상인 유사 중복도 제외합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep exact duplicates.</source>
        <translation>완전 중복을 유지합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra fields per record: comma list of tags, status, source, id.</source>
        <translation>레코드별 추가 필드: tags, status, source, id를 쉼표로 나열.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export although pending redaction detections touch exported pairs (recorded in the card and the audit log).</source>
        <translation>대기 중인 가림 처리 탐지 항목이 내보낼 쌍에 걸려 있어도 내보냅니다(데이터셋 카드와 감사 로그에 기록됨).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the report as one JSON object.</source>
        <translation>보고서를 JSON 객체 하나로 출력합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The project file.</source>
        <translation>프로젝트 파일.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>export: --format and --out are required</source>
        <translation>export: --format과 --out은 필수입니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export: unknown format &quot;%1&quot; (expected %2)</source>
        <translation>export: 알 수 없는 형식 &quot;%1&quot;(필요한 형식: %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>export: unknown status &quot;%1&quot;</source>
        <translation>export: 알 수 없는 상태 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>export: --min-rating must be 1 to 5</source>
        <translation>export: --min-rating은 1에서 5 사이여야 합니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>export: --document takes a document id</source>
        <translation>export: --document에는 문서 ID를 지정해야 합니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>export: --split takes one to three non-negative numbers, e.g. 0.8,0.1,0.1</source>
        <translation>export: --split에는 음이 아닌 수를 1~3개 지정해야 합니다(예: 0.8,0.1,0.1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>export: --seed takes a non-negative integer</source>
        <translation>export: --seed에는 음이 아닌 정수를 지정해야 합니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>export: --system-prompt and --no-system exclude each other</source>
        <translation>export: --system-prompt와 --no-system은 함께 사용할 수 없습니다</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>export: --dedup-threshold must be above 0 and at most 1</source>
        <translation>export: --dedup-threshold는 0보다 크고 1 이하여야 합니다</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>export: unknown metadata field &quot;%1&quot; (tags, status, source, id)</source>
        <translation>export: 알 수 없는 메타데이터 필드 &quot;%1&quot;(tags, status, source, id)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exported %1 of %2 pairs to %3 (%4).</source>
        <translation>쌍 %2개 중 %1개를 %3(으)로 내보냈습니다(%4).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dropped %1 duplicate(s); see export_report.json.</source>
        <translation>중복 %1개를 제외했습니다. export_report.json을 참고하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pair %1 not written: %2</source>
        <translation>쌍 %1을(를) 쓰지 않았습니다: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning: exported with the pending-PII override (%1 pairs).</source>
        <translation>경고: 대기 중인 개인정보 무시 옵션을 사용해 내보냈습니다(쌍 %1개).</translation>
    </message>
</context>
<context>
    <name>quarry::cli::GenerateCommand</name>
    <message>
        <location filename="../app/cli/commands/GenerateCommand.cpp" line="+15"/>
        <source>Fill a project (created if missing) with synthetic Korean/English pairs, for benchmarks.</source>
        <translation>벤치마크용으로 프로젝트(없으면 새로 만듦)를 합성 한국어/영어 쌍으로 채웁니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How many pairs (default 1000).</source>
        <translation>쌍 개수(기본값 1000).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Random seed (default 42).</source>
        <translation>난수 시드(기본값 42).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print one JSON object.</source>
        <translation>JSON 객체 하나로 출력합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The project file.</source>
        <translation>프로젝트 파일.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>generate: --pairs takes a number</source>
        <translation>generate: --pairs에는 숫자를 지정해야 합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>generate: --seed takes a number</source>
        <translation>generate: --seed에는 숫자를 지정해야 합니다</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 / %2 pairs</source>
        <translation>쌍 %1 / %2개</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 pairs generated in %2 s</source>
        <translation>%2초 만에 쌍 %1개를 생성했습니다</translation>
    </message>
</context>
<context>
    <name>quarry::cli::ImportCommand</name>
    <message>
        <location filename="../app/cli/commands/ImportCommand.cpp" line="+13"/>
        <source>Import pairs from a JSONL file (OpenAI, ShareGPT or Alpaca).</source>
        <translation>JSONL 파일(OpenAI, ShareGPT 또는 Alpaca)에서 쌍을 가져옵니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file&apos;s format (%1); detected from the first line when not given.</source>
        <translation>파일 형식(%1). 지정하지 않으면 첫 줄에서 감지합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the report as one JSON object.</source>
        <translation>보고서를 JSON 객체 하나로 출력합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The project file.</source>
        <translation>프로젝트 파일.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The JSONL file.</source>
        <translation>JSONL 파일.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>import: unknown format &quot;%1&quot; (expected %2)</source>
        <translation>import: 알 수 없는 형식 &quot;%1&quot;(필요한 형식: %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported %1 pair(s) from %2 lines (%3).</source>
        <translation>%2줄에서 쌍 %1개를 가져왔습니다(%3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line %1: %2</source>
        <translation>%1행: %2</translation>
    </message>
</context>
<context>
    <name>quarry::cli::InfoCommand</name>
    <message>
        <location filename="../app/cli/commands/InfoCommand.cpp" line="+12"/>
        <source>Show a project&apos;s schema version, size and row counts.</source>
        <translation>프로젝트의 스키마 버전, 크기, 행 수를 표시합니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print one JSON object.</source>
        <translation>JSON 객체 하나로 출력합니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The project file.</source>
        <translation>프로젝트 파일.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Project: %1</source>
        <translation>프로젝트: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema version: %1</source>
        <translation>스키마 버전: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Size: %1 bytes</source>
        <translation>크기: %1바이트</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows:</source>
        <translation>행 수:</translation>
    </message>
</context>
<context>
    <name>quarry::cli::IngestCommand</name>
    <message>
        <location filename="../app/cli/commands/IngestCommand.cpp" line="+19"/>
        <source>Add PDFs, images and text files (folders recursed) to a project.</source>
        <translation>PDF, 이미지, 텍스트 파일을 프로젝트에 추가합니다(폴더는 하위 폴더까지 포함).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OCR languages, e.g. kor+eng (default: the project&apos;s setting).</source>
        <translation>OCR 언어(예: kor+eng, 기본값: 프로젝트 설정).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password for encrypted PDFs.</source>
        <translation>암호화된 PDF의 암호.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-ingest files already in the project (corrections are kept).</source>
        <translation>프로젝트에 이미 있는 파일을 다시 추가합니다(수정본은 유지됨).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worker processes (default 2).</source>
        <translation>작업자 프로세스 수(기본값 2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds a page may take before its worker is stopped.</source>
        <translation>작업자 프로세스를 중지하기 전까지 한 페이지에 허용하는 시간(초).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Memory each worker process may use, in MB; a file needing more fails with that reason (default: the project&apos;s setting ingest.worker_memory_mb, else 2048; 0: no limit).</source>
        <translation>작업자 프로세스마다 사용할 수 있는 메모리(MB). 이보다 많은 메모리가 필요한 파일은 그 사유로 실패합니다(기본값: 프로젝트 설정 ingest.worker_memory_mb, 없으면 2048, 0: 제한 없음).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also ingest the files and folders listed in FILE, one per line (UTF-8; - reads standard input).</source>
        <translation>FILE에 한 줄에 하나씩 나열된 파일과 폴더도 가져옵니다(UTF-8, -는 표준 입력에서 읽음).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ingest only shard K of N (K from 0): N runs with the same inputs, each into its own project, cover every file once; the shard of a file depends on its path relative to the folder named (or its path as written), so every machine agrees. Join the projects with &apos;merge&apos;.</source>
        <translation>N개 샤드 중 샤드 K만 가져옵니다(K는 0부터). 같은 입력으로 N번 실행하고 각각 별도의 프로젝트에 가져오면 모든 파일이 한 번씩 처리됩니다. 파일의 샤드는 지정한 폴더 기준의 상대 경로(또는 입력한 그대로의 경로)로 정해지므로 모든 컴퓨터에서 결과가 같습니다. 프로젝트는 &apos;merge&apos;로 합치세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print one JSON object per file and a summary, one per line.</source>
        <translation>파일마다 JSON 객체 하나를 출력하고 마지막에 요약을 출력합니다(한 줄에 하나씩).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The project file.</source>
        <translation>프로젝트 파일.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files or folders to ingest.</source>
        <translation>추가할 파일 또는 폴더.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--workers wants a number from 1 to 64</source>
        <translation>--workers에는 1에서 64 사이의 숫자를 지정해야 합니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--page-timeout wants a positive number of seconds</source>
        <translation>--page-timeout에는 양수 초를 지정해야 합니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--worker-memory wants 0 (no limit) or a number of MB from 256 up</source>
        <translation>--worker-memory에는 0(제한 없음) 또는 256 이상의 MB 값을 지정해야 합니다</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: cannot read the file list: %2</source>
        <translation>%1: 파일 목록을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>nothing to ingest: name files or folders, or a list with --files-from</source>
        <translation>가져올 항목이 없습니다: 파일이나 폴더를 지정하거나 --files-from으로 목록을 지정하세요</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: no such file or folder</source>
        <translation>%1: 파일이나 폴더가 없습니다</translation>
    </message>
    <message numerus="yes">
        <location line="+85"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n페이지</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 files: %2 ok, %3 OCR, %4 with warnings, %5 failed, %6 unsupported, %7 already present; %8 pages</source>
        <translation>파일 %1개: 정상 %2, OCR %3, 경고 %4, 실패 %5, 지원 안 됨 %6, 이미 있음 %7. 페이지 %8개</translation>
    </message>
</context>
<context>
    <name>quarry::cli::InitCommand</name>
    <message>
        <location filename="../app/cli/commands/InitCommand.cpp" line="+11"/>
        <source>Create a new, empty project file.</source>
        <translation>비어 있는 새 프로젝트 파일을 만듭니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The project file to create (*.quarry).</source>
        <translation>만들 프로젝트 파일(*.quarry).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Created %1 (schema %2)</source>
        <translation>%1을(를) 만들었습니다(스키마 %2)</translation>
    </message>
</context>
<context>
    <name>quarry::cli::MergeCommand</name>
    <message>
        <location filename="../app/cli/commands/MergeCommand.cpp" line="+13"/>
        <source>Merge projects (the shards of a sharded ingest) into a new project: documents once per content, everything else with new ids; conflicts are listed.</source>
        <translation>여러 프로젝트(샤드 단위 가져오기의 샤드)를 새 프로젝트로 병합합니다: 문서는 내용별로 한 번만, 나머지는 모두 새 ID로 병합하며 충돌은 목록으로 표시합니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name recorded in the audit log (default: $USER).</source>
        <translation>감사 로그에 기록할 이름입니다(기본값: $USER).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print one JSON object.</source>
        <translation>JSON 객체 하나로 출력합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new project file (must not exist).</source>
        <translation>새 프로젝트 파일입니다(이미 있으면 안 됨).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projects to merge, in order: on a conflict the earlier one&apos;s is kept.</source>
        <translation>병합할 프로젝트를 순서대로 지정합니다. 충돌 시 앞의 프로젝트 내용이 유지됩니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%1: merged %n project(s): </source>
        <translation>
            <numerusform>%1: 프로젝트 %n개 병합: </numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 documents (%2 duplicates left out), %3 pages, %4 detections, %5 pairs</source>
        <translation>문서 %1개(중복 %2개 제외), %3쪽, 탐지 항목 %4개, 쌍 %5개</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n conflict(s), the earlier input&apos;s version kept (also in the audit log):</source>
        <translation>
            <numerusform>충돌 %n건, 앞쪽 입력의 버전을 유지함(감사 로그에도 기록됨):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quarry::cli::PairsCommand</name>
    <message>
        <location filename="../app/cli/commands/PairsCommand.cpp" line="+153"/>
        <source>Print JSON.</source>
        <translation>JSON으로 출력합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list: only this status (repeatable); add: the new pair&apos;s status.</source>
        <translation>list: 이 상태만(반복 가능). add: 새 쌍의 상태.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list: only pairs with this tag (repeatable); add: a tag.</source>
        <translation>list: 이 태그가 있는 쌍만(반복 가능). add: 태그.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list: rating at least N.</source>
        <translation>list: 평점 N 이상.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list: only this author.</source>
        <translation>list: 이 작성자만.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list: with a source in this document (repeatable).</source>
        <translation>list: 이 문서에 출처가 있는 쌍(반복 가능).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list: only pairs with warnings (changed source, duplicate, PII).</source>
        <translation>list: 경고가 있는 쌍만(출처 변경, 중복, 개인정보).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list: containing this text.</source>
        <translation>list: 이 텍스트를 포함하는 쌍.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list: at most N pairs (0: all, default 100).</source>
        <translation>list: 최대 N개 쌍(0: 전체, 기본값 100).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add: a user turn (repeatable).</source>
        <translation>add: 사용자 턴(반복 가능).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add: an assistant turn (repeatable).</source>
        <translation>add: 어시스턴트 턴(반복 가능).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add: the system prompt.</source>
        <translation>add: 시스템 프롬프트.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add: text of the --document the pair is written from (its context and source).</source>
        <translation>add: 쌍의 근거가 되는 --document의 텍스트(쌍의 컨텍스트 및 출처로 사용).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add: the page of the --quote (default 1).</source>
        <translation>add: --quote가 있는 페이지(기본값 1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add: the context (Alpaca input).</source>
        <translation>add: 컨텍스트(Alpaca input).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add: rating 1-5.</source>
        <translation>add: 평점 1-5.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add: notes.</source>
        <translation>add: 메모.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add: read the pair as JSON (as printed by show --json; - for stdin).</source>
        <translation>add: 쌍을 JSON으로 읽습니다(show --json 출력 형식, 표준 입력은 -).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tag: remove the tag instead of adding it.</source>
        <translation>tag: 태그를 추가하는 대신 제거합니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The project file.</source>
        <translation>프로젝트 파일.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status, tag, pair ids, as the action needs.</source>
        <translation>동작에 따라 상태, 태그, 쌍 ID.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>pairs show: give one pair id</source>
        <translation>pairs show: 쌍 ID를 하나 지정하세요</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pairs delete: give one or more pair ids</source>
        <translation>pairs delete: 쌍 ID를 하나 이상 지정하세요</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pairs set-status: give a status (draft, review, approved, rejected) and pair ids</source>
        <translation>pairs set-status: 상태(draft, review, approved, rejected)와 쌍 ID를 지정하세요</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pairs tag: give a tag and pair ids</source>
        <translation>pairs tag: 태그와 쌍 ID를 지정하세요</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pairs %1: unexpected argument &apos;%2&apos;</source>
        <translation>pairs %1: 예상하지 못한 인수 &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>pairs list: unknown status &apos;%1&apos;</source>
        <translation>pairs list: 알 수 없는 상태 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>pairs show: no pair %1 in the project</source>
        <translation>pairs show: 프로젝트에 쌍 %1이(가) 없습니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pair %1 (%2), by %3, updated %4</source>
        <translation>쌍 %1(%2), 작성자 %3, 수정 %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tags: %1</source>
        <translation>태그: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rating: %1</source>
        <translation>평점: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>pairs add: cannot read %1: %2</source>
        <translation>pairs add: %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pairs add: %1 is not a JSON object: %2</source>
        <translation>pairs add: %1은(는) JSON 객체가 아닙니다: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>pairs add: give at least one --user turn (or --from-json)</source>
        <translation>pairs add: --user 턴을 하나 이상 지정하세요(또는 --from-json)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>pairs add: --quote needs the --document it comes from</source>
        <translation>pairs add: --quote에는 해당 텍스트가 있는 --document를 함께 지정해야 합니다</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>pairs add: unknown status &apos;%1&apos;</source>
        <translation>pairs add: 알 수 없는 상태 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>pairs add: --rating takes 1 to 5</source>
        <translation>pairs add: --rating에는 1에서 5까지 지정할 수 있습니다</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Added pair %1</source>
        <translation>쌍 %1을(를) 추가했습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: exact duplicate of pair %1</source>
        <translation>참고: 쌍 %1과(와) 완전히 중복됩니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>pairs %1: no pair %2 in the project</source>
        <translation>pairs %1: 프로젝트에 쌍 %2이(가) 없습니다</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: %2 pair(s) changed</source>
        <translation>%1: 쌍 %2개가 변경되었습니다</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Not approved: %n drafted pair(s) with flags, to approve one at a time: %1</source>
        <translation>
            <numerusform>승인되지 않음: 표시가 있는 초안 쌍 %n개는 하나씩 승인해야 합니다: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="-396"/>
        <source>pairs history: no pair %1 in the project</source>
        <translation>pairs history: 프로젝트에 쌍 %1이(가) 없습니다</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>pairs duplicates: --threshold takes 0.5 to 1</source>
        <translation>pairs duplicates: --threshold에는 0.5에서 1 사이의 값을 지정해야 합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pairs duplicates: --max-pairs takes a number (0: all)</source>
        <translation>pairs duplicates: --max-pairs에는 숫자를 지정해야 합니다(0: 전체)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>pairs duplicates: unknown status &apos;%1&apos;</source>
        <translation>pairs duplicates: 알 수 없는 상태 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Compared %1 of %2 pairs in %3 s: %4 possible duplicate(s)%5</source>
        <translation>%3초 만에 쌍 %2개 중 %1개를 비교했습니다: 중복 후보 %4개%5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (the most similar shown)</source>
        <translation> (가장 유사한 항목만 표시)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>List, show, add, re-status, tag and delete instruction/response pairs.
  pairs list PROJECT [filters]
  pairs show PROJECT ID
  pairs history PROJECT ID (newest first; deleted pairs too)
  pairs duplicates PROJECT [--threshold X] [--max-pairs N] [--status S] [--limit N]
  pairs add PROJECT --user TEXT --assistant TEXT [--system TEXT] [--context TEXT] [--tag T] [--rating N] [--status S] | --from-json FILE
  pairs set-status PROJECT draft|review|approved|rejected ID...
  pairs tag PROJECT TAG ID... [--remove]
  pairs delete PROJECT ID...</source>
        <translation>지시문/응답 쌍을 나열, 표시, 추가, 상태 변경, 태그 지정, 삭제합니다.
  pairs list PROJECT [필터]
  pairs show PROJECT ID
  pairs history PROJECT ID (최신순, 삭제된 쌍 포함)
  pairs duplicates PROJECT [--threshold X] [--max-pairs N] [--status S] [--limit N]
  pairs add PROJECT --user TEXT --assistant TEXT [--system TEXT] [--context TEXT] [--tag T] [--rating N] [--status S] | --from-json FILE
  pairs set-status PROJECT draft|review|approved|rejected ID...
  pairs tag PROJECT TAG ID... [--remove]
  pairs delete PROJECT ID...</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>duplicates: estimated similarity at least X (0.5 to 1, default 0.8).</source>
        <translation>duplicates: 추정 유사도 X 이상(0.5~1, 기본값 0.8).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>duplicates: compare only the newest N pairs of those selected (0: all).</source>
        <translation>duplicates: 선택한 쌍 중 최신 N개만 비교(0: 전체).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>list, show, history, duplicates, add, set-status, tag or delete.</source>
        <translation>list, show, history, duplicates, add, set-status, tag 또는 delete.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>pairs: unknown action &apos;%1&apos; (list, show, history, duplicates, add, set-status, tag, delete)</source>
        <translation>pairs: 알 수 없는 동작 &apos;%1&apos;(list, show, history, duplicates, add, set-status, tag, delete)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>pairs history: give one pair id</source>
        <translation>pairs history: 쌍 ID를 하나 지정하세요</translation>
    </message>
</context>
<context>
    <name>quarry::cli::RedactCommand</name>
    <message>
        <location filename="../app/cli/commands/RedactCommand.cpp" line="+15"/>
        <source>Scan every page of a project for personal data; earlier decisions are kept.</source>
        <translation>프로젝트의 모든 페이지에서 개인정보를 검사합니다. 이전 결정은 유지됩니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import a rule pack (JSON) into the project first.</source>
        <translation>먼저 규칙 팩(JSON)을 프로젝트로 가져옵니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accept detections scoring at least SCORE (0-1) automatically; kept as the project&apos;s setting.</source>
        <translation>점수가 SCORE(0-1) 이상인 탐지 항목을 자동으로 수락합니다. 프로젝트 설정으로 저장됩니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the summary as one JSON object.</source>
        <translation>요약을 JSON 객체 하나로 출력합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The project file.</source>
        <translation>프로젝트 파일.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--accept-above: expected a score between 0 and 1, got &apos;%1&apos;</source>
        <translation>--accept-above: 0에서 1 사이의 점수가 필요하지만 &apos;%1&apos;을(를) 받았습니다</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Scanned %1 pages: %2 detections (%3 new, %4 kept, %5 removed, %6 auto-accepted)</source>
        <translation>%1페이지를 검사했습니다: 탐지 항목 %2개(새 항목 %3, 유지 %4, 제거 %5, 자동 수락 %6)</translation>
    </message>
</context>
<context>
    <name>quarry::cli::ScanCommand</name>
    <message>
        <location filename="../app/cli/commands/ScanCommand.cpp" line="+16"/>
        <source>Find personal data in UTF-8 text; one JSON object per detection (offsets in code points).</source>
        <translation>UTF-8 텍스트에서 개인정보를 찾습니다. 탐지 항목마다 JSON 객체 하나를 출력합니다(오프셋은 코드 포인트 단위).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rule pack (JSON) to use on top of the defaults.</source>
        <translation>기본 규칙에 더해 사용할 규칙 팩(JSON).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Term list (TXT: one per line; CSV: the name column), found as PERSON.</source>
        <translation>PERSON으로 찾을 용어 목록(TXT: 한 줄에 하나, CSV: 이름 열).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan each line on its own; objects carry their line number.</source>
        <translation>각 줄을 따로 검사합니다. 객체에 줄 번호가 포함됩니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parts of a large input scanned at once on as many threads (default 1); the output is the same.</source>
        <translation>큰 입력을 여러 부분으로 나누어 그 수만큼의 스레드에서 동시에 검사합니다(기본값 1). 출력은 동일합니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The text file, or - for standard input.</source>
        <translation>텍스트 파일(표준 입력은 -).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: no such file</source>
        <translation>%1: 파일이 없습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>--threads wants a number from 1 to 64</source>
        <translation>--threads에는 1에서 64 사이의 숫자를 지정해야 합니다</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: the input is not valid UTF-8 (the valid parts were scanned)</source>
        <translation>%1: 입력이 올바른 UTF-8이 아닙니다(올바른 부분만 검사함)</translation>
    </message>
</context>
<context>
    <name>quarry::cli::SearchCommand</name>
    <message>
        <location filename="../app/cli/commands/SearchCommand.cpp" line="+16"/>
        <source>Find pairs whose system prompt, context or turns contain the text (substring, case-insensitive; works for Korean, including two-syllable words).</source>
        <translation>시스템 프롬프트, 컨텍스트 또는 턴에 해당 텍스트가 들어 있는 쌍을 찾습니다(부분 문자열, 대소문자 구분 없음, 두 음절 단어를 포함한 한국어도 검색 가능).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>At most N pairs (default 50; 0: all).</source>
        <translation>최대 N개 쌍(기본값 50, 0: 전체).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print one JSON object.</source>
        <translation>JSON 객체 하나로 출력합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The project file.</source>
        <translation>프로젝트 파일.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text to look for.</source>
        <translation>찾을 텍스트.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>search: --limit takes a number</source>
        <translation>search: --limit에는 숫자를 지정해야 합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>search: the query is empty</source>
        <translation>search: 검색어가 비어 있습니다</translation>
    </message>
</context>
<context>
    <name>quarry::cli::StatsCommand</name>
    <message>
        <location filename="../app/cli/commands/StatsCommand.cpp" line="+86"/>
        <source>Count</source>
        <translation>개수</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share</source>
        <translation>비율</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(%1 more)</source>
        <translation>(외 %1개)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>User side</source>
        <translation>사용자 측</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assistant side</source>
        <translation>어시스턴트 측</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mean</source>
        <translation>평균</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>max</source>
        <translation>최대</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show a project&apos;s statistics: pairs by status, origin, rating, tag and document, length histograms, detections and documents.</source>
        <translation>프로젝트 통계를 표시합니다: 상태, 작성 방식, 평점, 태그, 문서별 쌍 수, 길이 히스토그램, 탐지 항목, 문서.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print one JSON object.</source>
        <translation>JSON 객체 하나로 출력합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The project file.</source>
        <translation>프로젝트 파일.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Project: %1</source>
        <translation>프로젝트: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pairs: %1, documents: %2, pages: %3, detections: %4</source>
        <translation>쌍: %1, 문서: %2, 페이지: %3, 탐지 항목: %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pairs by status</source>
        <translation>상태별 쌍</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+23"/>
        <location line="+1"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Pairs by origin</source>
        <translation>작성 방식별 쌍</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Origin</source>
        <translation>작성 방식</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrated</source>
        <translation>평점 없음</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pairs by rating</source>
        <translation>평점별 쌍</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rating</source>
        <translation>평점</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pairs by tag</source>
        <translation>태그별 쌍</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tag</source>
        <translation>태그</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no tag)</source>
        <translation>(태그 없음)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pairs by source document</source>
        <translation>출처 문서별 쌍</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document</source>
        <translation>문서</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no source)</source>
        <translation>(출처 없음)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Length per pair, characters</source>
        <translation>쌍별 길이(문자 수)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Characters</source>
        <translation>문자 수</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Length per pair, approximate tokens (4 ASCII characters or 1 other character each)</source>
        <translation>쌍별 길이(추정 토큰 수, ASCII 문자 4개 또는 그 밖의 문자 1개를 1토큰으로 계산)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens</source>
        <translation>토큰 수</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detections by type</source>
        <translation>유형별 탐지 항목</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detections by status</source>
        <translation>상태별 탐지 항목</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents by status</source>
        <translation>상태별 문서</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages by method</source>
        <translation>추출 방식별 페이지</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Method</source>
        <translation>추출 방식</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computed in %1 ms.</source>
        <translation>계산 시간: %1ms.</translation>
    </message>
</context>
<context>
    <name>quarry::cli::TextCommand</name>
    <message>
        <location filename="../app/cli/commands/TextCommand.cpp" line="+14"/>
        <source>Print a document&apos;s text as stored (its corrections included), or redacted.</source>
        <translation>문서 텍스트를 저장된 그대로(수정본 포함) 또는 가림 처리하여 출력합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only page N (1-based).</source>
        <translation>N페이지만(1부터 시작).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the redacted text instead of the original.</source>
        <translation>원본 대신 가림 처리된 텍스트를 출력합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The project file.</source>
        <translation>프로젝트 파일.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document id or name.</source>
        <translation>문서 ID 또는 이름.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--page: expected a page number from 1, got &apos;%1&apos;</source>
        <translation>--page: 1 이상의 페이지 번호가 필요하지만 &apos;%1&apos;을(를) 받았습니다</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: no document with that id or name</source>
        <translation>%1: 해당 ID나 이름의 문서가 없습니다</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: no page %2</source>
        <translation>%1: %2페이지가 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the document has no pages</source>
        <translation>%1: 문서에 페이지가 없습니다</translation>
    </message>
</context>
<context>
    <name>quarry::cli::WordsCommand</name>
    <message>
        <location filename="../app/cli/commands/WordsCommand.cpp" line="+15"/>
        <source>List the words OCR read on a page: box (pixels at the page&apos;s DPI), confidence and place in the extracted text.</source>
        <translation>페이지에서 OCR로 읽은 단어를 나열합니다: 경계 상자(페이지 DPI 기준 픽셀), 신뢰도, 추출한 텍스트에서의 위치.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Page N (1-based; default 1).</source>
        <translation>N페이지(1부터 시작, 기본값 1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only words with a confidence under C (0-100).</source>
        <translation>신뢰도가 C(0-100) 미만인 단어만.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print one JSON object.</source>
        <translation>JSON 객체 하나로 출력합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The project file.</source>
        <translation>프로젝트 파일.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document id or name.</source>
        <translation>문서 ID 또는 이름.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--page: expected a page number from 1, got &apos;%1&apos;</source>
        <translation>--page: 1 이상의 페이지 번호가 필요하지만 &apos;%1&apos;을(를) 받았습니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--below: expected a confidence from 0 to 100, got &apos;%1&apos;</source>
        <translation>--below: 0에서 100 사이의 신뢰도가 필요하지만 &apos;%1&apos;을(를) 받았습니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: no document with that id or name</source>
        <translation>%1: 해당 ID나 이름의 문서가 없습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: no page %2</source>
        <translation>%1: %2페이지가 없습니다</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>단어 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quarry::gui::AboutDialog</name>
    <message>
        <location filename="../app/gui/AboutDialog.cpp" line="+24"/>
        <source>About Quarry</source>
        <translation>Quarry 정보</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;h2&gt;Quarry %1&lt;/h2&gt;&lt;p&gt;Turns internal documents into fine-tuning datasets, on your own machine.&lt;/p&gt;&lt;p&gt;Nothing leaves this computer.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Quarry %1&lt;/h2&gt;&lt;p&gt;사내 문서를 이 컴퓨터 안에서 파인튜닝 데이터셋으로 만듭니다.&lt;/p&gt;&lt;p&gt;어떤 데이터도 이 컴퓨터 밖으로 나가지 않습니다.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>quarry::gui::ApiKeyStore</name>
    <message>
        <location filename="../app/gui/ApiKeyStore.cpp" line="+27"/>
        <source>No system keychain is running (GNOME Keyring, KWallet): the API key cannot be stored. Quarry never keeps it in a plain file; quarry-cli reads it from QUARRY_LLM_API_KEY or --api-key-file.</source>
        <translation>실행 중인 시스템 키체인(GNOME Keyring, KWallet)이 없어 API 키를 저장할 수 없습니다. Quarry는 API 키를 일반 파일에 저장하지 않습니다. quarry-cli는 QUARRY_LLM_API_KEY 또는 --api-key-file에서 키를 읽습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system keychain refused access to the API key.</source>
        <translation>시스템 키체인이 API 키 접근을 거부했습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The system keychain failed: %1</source>
        <translation>시스템 키체인 오류: %1</translation>
    </message>
</context>
<context>
    <name>quarry::gui::BarChartWidget</name>
    <message>
        <location filename="../app/gui/stats/BarChartWidget.cpp" line="+17"/>
        <source>Nothing yet</source>
        <translation>아직 없음</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 (%2%)</source>
        <translation>%1(%2%)</translation>
    </message>
</context>
<context>
    <name>quarry::gui::DocumentListModel</name>
    <message>
        <location filename="../app/gui/DocumentListModel.cpp" line="+40"/>
        <source>OK</source>
        <translation>정상</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OCR&apos;d</source>
        <translation>OCR 완료</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warnings</source>
        <translation>경고</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsupported</source>
        <translation>지원 안 됨</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pending</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Document</source>
        <translation>문서</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pages</source>
        <translation>페이지</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
</context>
<context>
    <name>quarry::gui::DocumentListView</name>
    <message>
        <location filename="../app/gui/DocumentListView.cpp" line="+26"/>
        <source>Documents</source>
        <translation>문서</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No documents yet.
Drop files or folders here, or use Project ▸ Add Documents.</source>
        <translation>아직 문서가 없습니다.
파일이나 폴더를 여기에 끌어 놓거나 프로젝트 ▸ 문서 추가를 사용하세요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Documents&lt;/b&gt;</source>
        <translation>&lt;b&gt;문서&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>quarry::gui::DocumentView</name>
    <message>
        <location filename="../app/gui/DocumentView.cpp" line="+74"/>
        <source>Page</source>
        <translation>페이지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page </source>
        <translation>페이지 </translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Select a document to read it here.</source>
        <translation>문서를 선택하면 여기에 내용이 표시됩니다.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>of %1</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>OCR, confidence %1%</source>
        <translation>OCR, 신뢰도 %1%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text layer</source>
        <translation>텍스트 레이어</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No text</source>
        <translation>텍스트 없음</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Page not extracted</source>
        <translation>추출되지 않은 페이지</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+42"/>
        <source>No page image</source>
        <translation>페이지 이미지 없음</translation>
    </message>
    <message>
        <location line="-418"/>
        <source>Redacted</source>
        <translation>가림 처리됨</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Zoom In</source>
        <translation>확대</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom Out</source>
        <translation>축소</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit Page Width</source>
        <translation>페이지 너비에 맞추기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next Unsure Word</source>
        <translation>다음 불확실한 단어</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous Unsure Word</source>
        <translation>이전 불확실한 단어</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show the redacted text that pairs and exports see (Ctrl+Shift+R)</source>
        <translation>쌍과 내보내기에 쓰이는 가림 처리된 텍스트를 표시합니다(Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct Text</source>
        <translation>텍스트 수정</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the extracted text of this page (for example OCR mistakes)</source>
        <translation>이 페이지에서 추출한 텍스트를 수정합니다(예: OCR 오류)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save Correction</source>
        <translation>수정본 저장</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use Extracted Text</source>
        <translation>추출한 텍스트 사용</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove your correction of this page</source>
        <translation>이 페이지의 수정본을 제거합니다</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Next word the OCR engine was unsure of (F8)</source>
        <translation>OCR 엔진이 확신하지 못한 다음 단어(F8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous word the OCR engine was unsure of (Shift+F8)</source>
        <translation>OCR 엔진이 확신하지 못한 이전 단어(Shift+F8)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unsure words</source>
        <translation>불확실한 단어</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words the OCR engine was unsure of: pick one to see it on the page and in the text</source>
        <translation>OCR 엔진이 확신하지 못한 단어입니다. 하나를 선택하면 페이지와 텍스트에서 위치를 보여 줍니다</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>of %1 (estimated)</source>
        <translation>/ %1(추정)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This format stores no pages: page breaks and numbers are estimated from its layout.</source>
        <translation>이 형식은 페이지 정보를 저장하지 않습니다. 페이지 나누기와 페이지 번호는 레이아웃으로 추정한 값입니다.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>, corrected</source>
        <translation>, 수정됨</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (%2, score %3) — right-click to decide</source>
        <translation>%1(%2, 점수 %3) — 마우스 오른쪽 버튼을 클릭하여 결정하세요</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (%2%)</source>
        <translation>%1(%2%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OCR confidence %1%: check this word</source>
        <translation>OCR 신뢰도 %1%: 이 단어를 확인하세요</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+14"/>
        <source>No unsure words</source>
        <translation>불확실한 단어 없음</translation>
    </message>
    <message numerus="yes">
        <location line="-13"/>
        <source>%n unsure word(s)</source>
        <translation>
            <numerusform>불확실한 단어 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Corrected text: words on the image are not linked to it</source>
        <translation>수정된 텍스트: 이미지의 단어와 연결되지 않습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redacted text: words on the image are not linked to it</source>
        <translation>가림 처리된 텍스트: 이미지의 단어와 연결되지 않습니다</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Rendering page…</source>
        <translation>페이지를 그리는 중…</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fitted to the pane&apos;s width</source>
        <translation>패널 너비에 맞춤</translation>
    </message>
</context>
<context>
    <name>quarry::gui::DraftDialog</name>
    <message>
        <location filename="../app/gui/drafting/DraftDialog.cpp" line="+49"/>
        <source>Draft from Passages</source>
        <translation>구절에서 초안 작성</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passages to draft from</source>
        <translation>초안을 작성할 구절</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode</source>
        <translation>모드</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions per passage</source>
        <translation>구절당 질문 수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Characters per question</source>
        <translation>질문당 글자 수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests at a time</source>
        <translation>동시 요청 수</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <location line="+136"/>
        <source>Prompt template</source>
        <translation>프롬프트 템플릿</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>Template language</source>
        <translation>템플릿 언어</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template system text</source>
        <translation>템플릿 시스템 텍스트</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template user text</source>
        <translation>템플릿 사용자 텍스트</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passage</source>
        <translation>구절</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document</source>
        <translation>문서</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pages</source>
        <translation>페이지</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Characters</source>
        <translation>문자 수</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Questions first, then one answer per question</source>
        <translation>질문을 먼저 만들고 질문마다 답변 하나씩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions and answers in one request (slow CPU servers)</source>
        <translation>질문과 답변을 한 번의 요청으로(느린 CPU 서버용)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From the passage&apos;s length</source>
        <translation>구절 길이에 따라</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> characters per question</source>
        <translation> 자(질문당)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requests at a time. More than the server&apos;s slots (llama-server -np) only queue there; CPU servers do best with 1.</source>
        <translation>동시 요청 수입니다. 서버의 슬롯 수(llama-server -np)를 넘는 요청은 서버에서 대기할 뿐입니다. CPU 서버는 1일 때 가장 좋습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mode:</source>
        <translation>모드:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions per passage:</source>
        <translation>구절당 질문 수:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests at a time:</source>
        <translation>동시 요청 수:</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+75"/>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+75"/>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Save as New Version</source>
        <translation>새 버전으로 저장</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>System:</source>
        <translation>시스템:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User ({{passage}}, {{heading}}, {{count}}, {{question}} are filled in):</source>
        <translation>사용자({{passage}}, {{heading}}, {{count}}, {{question}}은(는) 채워짐):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft</source>
        <translation>초안</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the redacted text of the checked passages is sent to the model server. Drafts arrive as pairs with status draft, for a person to approve.</source>
        <translation>선택한 구절의 비식별 처리된 텍스트만 모델 서버로 전송됩니다. 초안은 초안 상태의 쌍으로 들어오며, 사람이 승인해야 합니다.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Ready</source>
        <translation>준비</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n finding(s) wait for review</source>
        <translation>
            <numerusform>탐지 항목 %n개가 검토를 기다리고 있습니다</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document changed: cut passages again</source>
        <translation>문서가 변경됨: 구절을 다시 나누세요</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>version %1 (built in)</source>
        <translation>버전 %1(기본 제공)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version %1 (saved in this project)</source>
        <translation>버전 %1(이 프로젝트에 저장됨)</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n passage(s) checked.</source>
        <translation>
            <numerusform>구절 %n개 선택됨.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quarry::gui::DraftingPanel</name>
    <message>
        <location filename="../app/gui/drafting/DraftingPanel.cpp" line="+24"/>
        <source>Draft from Passages…</source>
        <translation>구절에서 초안 작성…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume Unfinished Run</source>
        <translation>완료되지 않은 실행 재개</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests of the draft</source>
        <translation>초안의 요청</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request body as sent</source>
        <translation>전송된 요청 본문</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply of the model</source>
        <translation>모델의 응답</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The request body exactly as it was sent</source>
        <translation>전송된 그대로의 요청 본문</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model&apos;s reply</source>
        <translation>모델의 응답</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Select a pair a model drafted to see its requests.</source>
        <translation>모델이 초안을 작성한 쌍을 선택하면 해당 요청을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+16"/>
        <source>Drafting</source>
        <translation>초안 작성</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Every drafting run of this project is finished.</source>
        <translation>이 프로젝트의 모든 초안 작성 실행이 완료되었습니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No model server is set: Settings &gt; Drafting.</source>
        <translation>모델 서버가 설정되지 않았습니다: 설정 &gt; 초안 작성.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drafting pairs</source>
        <translation>쌍 초안 작성 중</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 passages · %3</source>
        <translation>구절 %2개 중 %1개 · %3</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the model server lists no models: name one in Settings &gt; Drafting</source>
        <translation>모델 서버에 모델 목록이 없습니다: 설정 &gt; 초안 작성에서 모델 이름을 지정하세요</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n pair(s) drafted (%1 flagged) from %2 passage(s); %3 failed, %4 refused</source>
        <translation>
            <numerusform>구절 %2개에서 쌍 %n개의 초안을 작성했습니다(표시 %1개). 실패 %3개, 거절 %4개</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Pair %1 was not drafted by a model.</source>
        <translation>쌍 %1은(는) 모델이 작성한 초안이 아닙니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pair %1, drafted in run %2; %3% of the answer found in its passage</source>
        <translation>쌍 %1, 실행 %2에서 초안 작성됨. 답변의 %3%가 해당 구절에서 발견됨</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No flags.</source>
        <translation>표시 없음.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 · %2 v%3 · %4 · %5 · %6 ms</source>
        <translation>%1 · %2 v%3 · %4 · %5 · %6 ms</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>(Reasoning, not part of the draft:)</source>
        <translation>(추론 과정이며 초안에 포함되지 않음:)</translation>
    </message>
</context>
<context>
    <name>quarry::gui::DuplicatesModel</name>
    <message>
        <location filename="../app/gui/curation/DuplicatesModel.cpp" line="+82"/>
        <source>Marked as not a duplicate</source>
        <translation>중복 아님으로 표시됨</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Similarity</source>
        <translation>유사도</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pair A</source>
        <translation>쌍 A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A begins</source>
        <translation>A 첫 부분</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pair B</source>
        <translation>쌍 B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B begins</source>
        <translation>B 첫 부분</translation>
    </message>
</context>
<context>
    <name>quarry::gui::DuplicatesView</name>
    <message>
        <location filename="../app/gui/curation/DuplicatesView.cpp" line="+53"/>
        <source>Find</source>
        <translation>찾기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show dismissed</source>
        <translation>중복 아님 항목 표시</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open A</source>
        <translation>A 열기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open B</source>
        <translation>B 열기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reject</source>
        <translation>거부</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+64"/>
        <location line="+271"/>
        <source>Not a Duplicate</source>
        <translation>중복 아님</translation>
    </message>
    <message>
        <location line="-327"/>
        <location line="+59"/>
        <source>Similarity at least</source>
        <translation>최소 유사도</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>How alike two pairs must be (share of their three-character pieces) to be listed</source>
        <translation>목록에 표시할 두 쌍의 최소 유사도(세 글자 조각이 겹치는 비율)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pairs not rejected</source>
        <translation>거부되지 않은 쌍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All pairs</source>
        <translation>모든 쌍</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which pairs to compare</source>
        <translation>비교할 쌍</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>all</source>
        <translation>전체</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Progress of the search for duplicates</source>
        <translation>중복 찾기 진행률</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+119"/>
        <source>Find pairs whose turns are nearly the same, beyond the exact duplicates flagged on save.</source>
        <translation>저장할 때 표시되는 완전 중복 외에, 턴 내용이 거의 같은 쌍을 찾습니다.</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Possible duplicates</source>
        <translation>중복 후보</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reject Pair A</source>
        <translation>쌍 A 거부</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject Pair B</source>
        <translation>쌍 B 거부</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete Pair A</source>
        <translation>쌍 A 삭제</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Pair B</source>
        <translation>쌍 B 삭제</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Pair A</source>
        <translation>쌍 A 열기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Pair B</source>
        <translation>쌍 B 열기</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>newest</source>
        <translation>최신 쌍 수</translation>
    </message>
    <message>
        <location line="+186"/>
        <source>Could not look for duplicates: %1</source>
        <translation>중복을 찾을 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+2"/>
        <source>Looking for possible duplicates…</source>
        <translation>중복 후보를 찾는 중…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Stopping…</source>
        <translation>중지하는 중…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopped; the list shows the previous search.</source>
        <translation>중지했습니다. 목록에는 이전 검색 결과가 표시됩니다.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Compared the newest %1 of %2 pairs in %3 s.</source>
        <translation>%3초 만에 쌍 %2개 중 최신 %1개를 비교했습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Older pairs were not compared: raise “newest” (or choose “all”) to include them; it takes longer.</source>
        <translation>오래된 쌍은 비교하지 않았습니다. 포함하려면 “최신 쌍 수”를 늘리거나 “전체”를 선택하세요. 시간이 더 걸립니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Compared %n pair(s) in %1 s.</source>
        <translation>
            <numerusform>%1초 만에 쌍 %n개를 비교했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the %1 most similar candidates are listed; raise the similarity to see fewer at a time.</source>
        <translation>가장 유사한 후보 %1개만 표시합니다. 한 번에 더 적게 보려면 최소 유사도를 높이세요.</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n possible duplicate(s).</source>
        <translation>
            <numerusform>중복 후보 %n개.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n marked as not a duplicate (hidden).</source>
        <translation>
            <numerusform>중복 아님으로 표시된 %n개는 숨겼습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Is a Duplicate</source>
        <translation>중복 맞음</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Pair %1 rejected (Undo brings it back).</source>
        <translation>쌍 %1을(를) 거부했습니다(실행 취소로 되돌릴 수 있음).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pair %1 deleted (Undo brings it back).</source>
        <translation>쌍 %1을(를) 삭제했습니다(실행 취소로 되돌릴 수 있음).</translation>
    </message>
    <message>
        <location line="-353"/>
        <source>Only the newest pairs are compared. More take longer and more memory: a million pairs take about a minute of processor time and 1 GB of memory.</source>
        <translation>최신 쌍만 비교합니다. 수를 늘리면 시간과 메모리가 더 듭니다. 쌍 100만 개에는 프로세서 시간 약 1분과 메모리 1GB가 필요합니다.</translation>
    </message>
</context>
<context>
    <name>quarry::gui::ExportDialog</name>
    <message>
        <location filename="../app/gui/export/ExportDialog.cpp" line="+52"/>
        <source>Export dataset</source>
        <translation>데이터셋 내보내기</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>all of these tags, comma-separated</source>
        <translation>쉼표로 구분한 태그(모두 일치)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per pair (project default when empty)</source>
        <translation>쌍별(비어 있으면 프로젝트 기본값)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One for all:</source>
        <translation>모든 쌍에 공통:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>project default</source>
        <translation>프로젝트 기본값</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Train</source>
        <translation>학습</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+95"/>
        <source>Validation</source>
        <translation>검증</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Test</source>
        <translation>테스트</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep each source document in one split</source>
        <translation>출처 문서별로 같은 분할에 유지</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance tags across splits</source>
        <translation>분할 간 태그 균형 맞추기</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drop near duplicates at similarity</source>
        <translation>다음 유사도 이상의 유사 중복 제외</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+28"/>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+26"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Source document and page</source>
        <translation>출처 문서 및 페이지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pair id</source>
        <translation>쌍 ID</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export although pending detections touch exported pairs (recorded)</source>
        <translation>대기 중인 탐지 항목이 내보낼 쌍에 걸려 있어도 내보내기(기록됨)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+3"/>
        <location line="+20"/>
        <source>Output folder</source>
        <translation>출력 폴더</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Format</source>
        <translation>형식</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minimum rating</source>
        <translation>최소 평점</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System prompt</source>
        <translation>시스템 프롬프트</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Splits</source>
        <translation>분할</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duplicates</source>
        <translation>중복</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra fields</source>
        <translation>추가 필드</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Preview (first records)</source>
        <translation>미리 보기(처음 몇 개 레코드)</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>More than %1 pairs match the filters.</source>
        <translation>필터와 일치하는 쌍이 %1개를 넘습니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n pair(s) match the filters.</source>
        <translation>
            <numerusform>필터와 일치하는 쌍이 %n개입니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pair %1 will not be written: %2</source>
        <translation>쌍 %1은(는) 쓰지 않습니다: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n pair(s) in the project have pending redaction detections; the export refuses them unless the override is ticked.</source>
        <translation>
            <numerusform>프로젝트의 쌍 %n개에 대기 중인 가림 처리 탐지 항목이 있습니다. 무시 옵션을 선택하지 않으면 내보내기에서 제외됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose an output folder first.</source>
        <translation>먼저 출력 폴더를 선택하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>Exporting…</source>
        <translation>내보내는 중…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Exported %1 of %2 pairs to %3.</source>
        <translation>쌍 %2개 중 %1개를 %3(으)로 내보냈습니다.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pair %1 dropped: %2 of pair %3</source>
        <translation>쌍 %1 제외됨: 쌍 %3의 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pair %1 not written: %2</source>
        <translation>쌍 %1을(를) 쓰지 않았습니다: %2</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Pair %1: %2 &quot;%3&quot; (rule %4)</source>
        <translation>쌍 %1: %2 &quot;%3&quot;(규칙 %4)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Stopping…</source>
        <translation>중지하는 중…</translation>
    </message>
    <message>
        <location line="-358"/>
        <source>System prompt for every pair</source>
        <translation>모든 쌍에 사용할 시스템 프롬프트</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Drop exact duplicates</source>
        <translation>완전 중복 제외</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Near-duplicate similarity</source>
        <translation>유사 중복 기준 유사도</translation>
    </message>
</context>
<context>
    <name>quarry::gui::HistogramWidget</name>
    <message>
        <location filename="../app/gui/stats/HistogramWidget.cpp" line="+18"/>
        <source>Nothing yet</source>
        <translation>아직 없음</translation>
    </message>
</context>
<context>
    <name>quarry::gui::IngestController</name>
    <message>
        <location filename="../app/gui/IngestController.cpp" line="+33"/>
        <source>Adding documents</source>
        <translation>문서 추가 중</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Adding documents cancelled</source>
        <translation>문서 추가를 취소했습니다</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Added %n document(s)</source>
        <translation>
            <numerusform>문서 %n개를 추가했습니다</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quarry::gui::MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="+93"/>
        <source>Ready</source>
        <translation>준비</translation>
    </message>
    <message>
        <location filename="../app/gui/ActionSet.cpp" line="+23"/>
        <source>&amp;New Project…</source>
        <translation>새 프로젝트(&amp;N)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open Project…</source>
        <translation>프로젝트 열기(&amp;O)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Demo Project</source>
        <translation>데모 프로젝트 열기(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close Project</source>
        <translation>프로젝트 닫기(&amp;C)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Draft from Passages…</source>
        <translation>구절에서 초안 작성(&amp;D)…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Quarry</source>
        <translation>Quarry 정보(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Project</source>
        <translation>프로젝트(&amp;P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>최근 프로젝트(&amp;R)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="+72"/>
        <source>Clear List</source>
        <translation>목록 지우기</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+15"/>
        <location line="+130"/>
        <source>Quarry</source>
        <translation>Quarry</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>[read-only]</source>
        <translation>[읽기 전용]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — Quarry</source>
        <translation>%1 — Quarry</translation>
    </message>
    <message>
        <location filename="../app/gui/ProjectFiles.cpp" line="+48"/>
        <source>Opened %1</source>
        <translation>%1을(를) 열었습니다</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Project in use</source>
        <translation>사용 중인 프로젝트</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Open it read-only? You can look at everything but change nothing.</source>
        <translation>%1

읽기 전용으로 열까요? 모든 내용을 볼 수 있지만 바꿀 수는 없습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Opened %1 read-only</source>
        <translation>%1을(를) 읽기 전용으로 열었습니다</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentJobs.cpp" line="+98"/>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt *.md *.csv *.docx *.html *.htm *.hwp *.hwpx);;All files (*)</source>
        <translation>문서(*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt *.md *.csv *.docx *.html *.htm *.hwp *.hwpx);;모든 파일(*)</translation>
    </message>
    <message>
        <location filename="../app/gui/ProjectFiles.cpp" line="+27"/>
        <source>New Project</source>
        <translation>새 프로젝트</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarry projects (%1)</source>
        <translation>Quarry 프로젝트(%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 already exists. Choose another name.</source>
        <translation>%1이(가) 이미 있습니다. 다른 이름을 고르세요.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open Project</source>
        <translation>프로젝트 열기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarry projects (%1);;All files (*)</source>
        <translation>Quarry 프로젝트(%1);;모든 파일(*)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="+126"/>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language is used when Quarry starts again.</source>
        <translation>새 언어는 Quarry를 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
        <location filename="../app/gui/ActionSet.cpp" line="+50"/>
        <source>Keyboard Shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>단축키</translation>
    </message>
    <message>
        <location filename="../app/gui/Workspace.cpp" line="+44"/>
        <source>Pairs</source>
        <translation>쌍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>검토</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redactions</source>
        <translation>가림 처리</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drafting</source>
        <translation>초안 작성</translation>
    </message>
    <message>
        <location filename="../app/gui/ActionSet.cpp" line="-146"/>
        <source>&amp;Add Documents…</source>
        <translation>문서 추가(&amp;A)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;Folder…</source>
        <translation>폴더 추가(&amp;F)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export Dataset…</source>
        <translation>데이터셋 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New Pair</source>
        <translation>새 쌍(&amp;N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New Pair from &amp;Selection</source>
        <translation>선택 영역에서 새 쌍 만들기(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="-182"/>
        <source>Select some of the redacted document text first (switch the document view to Redacted).</source>
        <translation>먼저 가림 처리된 문서 텍스트 일부를 선택하세요(문서 보기를 가림 처리됨으로 전환).</translation>
    </message>
    <message>
        <location filename="../app/gui/ActionSet.cpp" line="+3"/>
        <source>Show &amp;Source</source>
        <translation>출처 보기(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Review Pairs</source>
        <translation>쌍 검토(&amp;R)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Re&amp;dactions</source>
        <translation>가림 처리(&amp;D)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P&amp;airs</source>
        <translation>쌍(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/gui/Workspace.cpp" line="+146"/>
        <source>New pair %1 created</source>
        <translation>새 쌍 %1을(를) 만들었습니다</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This pair has no source.</source>
        <translation>이 쌍에는 출처가 없습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The source of this pair is no longer in the project.</source>
        <translation>이 쌍의 출처가 더 이상 프로젝트에 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentJobs.cpp" line="-14"/>
        <source>Documents are still being added; wait for that to finish or cancel it first.</source>
        <translation>아직 문서를 추가하는 중입니다. 완료될 때까지 기다리거나 먼저 취소하세요.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add Documents</source>
        <translation>문서 추가</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add Folder</source>
        <translation>폴더 추가</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Password Needed</source>
        <translation>암호 필요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is protected by a password. Enter it to add the document:</source>
        <translation>%1은(는) 암호로 보호되어 있습니다. 문서를 추가하려면 암호를 입력하세요:</translation>
    </message>
    <message>
        <location filename="../app/gui/ProjectFiles.cpp" line="+24"/>
        <source>Building the demo project</source>
        <translation>데모 프로젝트를 만드는 중</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The demo project is ready</source>
        <translation>데모 프로젝트가 준비되었습니다</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The demo project could not be built</source>
        <translation>데모 프로젝트를 만들 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="+195"/>
        <source>Documents are still being added. Stop and quit? Documents already added are kept.</source>
        <translation>아직 문서를 추가하는 중입니다. 중지하고 끝낼까요? 이미 추가된 문서는 유지됩니다.</translation>
    </message>
    <message>
        <location filename="../app/gui/Workspace.cpp" line="-169"/>
        <source>Statistics</source>
        <translation>통계</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicates</source>
        <translation>중복</translation>
    </message>
    <message>
        <location filename="../app/gui/ActionSet.cpp" line="-50"/>
        <source>&amp;Find Personal Data</source>
        <translation>개인정보 찾기(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan every page for personal data with the project&apos;s rules; decisions already made are kept</source>
        <translation>프로젝트 규칙으로 모든 페이지에서 개인정보를 검사합니다. 이미 내린 결정은 유지됩니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Possible D&amp;uplicates…</source>
        <translation>중복 후보(&amp;U)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;tatistics</source>
        <translation>통계(&amp;T)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Main Toolbar</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentJobs.cpp" line="-54"/>
        <source>Documents are still being added; their text is looked through when they are in.</source>
        <translation>아직 문서를 추가하는 중입니다. 추가가 끝나면 해당 문서의 텍스트도 검사합니다.</translation>
    </message>
    <message>
        <location filename="../app/gui/curation/ReviewWidget.cpp" line="+255"/>
        <source>Review: approve</source>
        <translation>검토: 승인</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review: reject</source>
        <translation>검토: 거부</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review: next pair</source>
        <translation>검토: 다음 쌍</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review: previous pair</source>
        <translation>검토: 이전 쌍</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review: edit the pair</source>
        <translation>검토: 쌍 편집</translation>
    </message>
</context>
<context>
    <name>quarry::gui::PageImageView</name>
    <message>
        <location filename="../app/gui/PageImageView.cpp" line="+34"/>
        <source>Page image</source>
        <translation>페이지 이미지</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>%n word(s) the OCR engine was unsure of are outlined in red</source>
        <translation>
            <numerusform>OCR 엔진이 확신하지 못한 단어 %n개가 빨간색 테두리로 표시되어 있습니다</numerusform>
        </translation>
    </message>
    <message>
        <location line="+306"/>
        <source>Read as “%1”, OCR confidence %2%</source>
        <translation>“%1”(으)로 읽음, OCR 신뢰도 %2%</translation>
    </message>
</context>
<context>
    <name>quarry::gui::PageTextView</name>
    <message>
        <location filename="../app/gui/PageTextView.cpp" line="+17"/>
        <source>Page text</source>
        <translation>페이지 텍스트</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Accept: redact this %1</source>
        <translation>수락: 이 %1을(를) 가림 처리</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reject: keep this text</source>
        <translation>거부: 이 텍스트 유지</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change Type</source>
        <translation>유형 변경</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Redact As</source>
        <translation>다음 유형으로 가림 처리</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New Pair from Selection</source>
        <translation>선택 영역에서 새 쌍 만들기</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pairs are written from the redacted text: switch to it first.</source>
        <translation>쌍은 가림 처리된 텍스트로 작성합니다. 먼저 가림 처리된 텍스트로 전환하세요.</translation>
    </message>
</context>
<context>
    <name>quarry::gui::PairEditor</name>
    <message>
        <location filename="../app/gui/curation/PairEditor.cpp" line="+39"/>
        <source>Optional system prompt</source>
        <translation>시스템 프롬프트(선택 사항)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional context (input)</source>
        <translation>컨텍스트(입력, 선택 사항)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags, separated by commas</source>
        <translation>쉼표로 구분한 태그</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No rating</source>
        <translation>평점 없음</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Add user turn</source>
        <translation>사용자 턴 추가</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add assistant turn</source>
        <translation>어시스턴트 턴 추가</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context</source>
        <translation>컨텍스트</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>평점</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assistant</source>
        <translation>어시스턴트</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Pair %1 — by %2</source>
        <translation>쌍 %1 — 작성자 %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The source text of this pair changed since it was written: check it and save.</source>
        <translation>이 쌍을 작성한 뒤 출처 텍스트가 바뀌었습니다. 확인한 후 저장하세요.</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Personal data in this pair</source>
        <translation>이 쌍의 개인정보</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not Personal Data</source>
        <translation>개인정보 아님</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this text as it is: the detections are marked as rejected (audited)</source>
        <translation>이 텍스트를 그대로 둡니다. 탐지 항목은 거부됨으로 표시되며 감사 기록에 남습니다</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>Possible personal data in this pair: %1. Remove it from the text, or mark it as not personal data; the export refuses pairs with undecided detections.</source>
        <translation>이 쌍에 개인정보로 보이는 내용이 있습니다: %1. 텍스트에서 지우거나 개인정보가 아니라고 표시하세요. 결정되지 않은 탐지 항목이 있는 쌍은 내보낼 수 없습니다.</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>History…</source>
        <translation>변경 기록…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who changed this pair, when, and what</source>
        <translation>이 쌍을 누가, 언제, 어떻게 바꿨는지 표시합니다</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Exact duplicate of %1: the same turns (ignoring spacing). Change it, or reject or delete one of the two.</source>
        <translation>%1과(와) 완전히 중복됩니다: 턴 내용이 같습니다(공백 차이 무시). 이 쌍을 고치거나 둘 중 하나를 거부 또는 삭제하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pair %1</source>
        <translation>쌍 %1</translation>
    </message>
</context>
<context>
    <name>quarry::gui::PairHistoryModel</name>
    <message numerus="yes">
        <location filename="../app/gui/curation/PairHistoryModel.cpp" line="+72"/>
        <source> (+%n more)</source>
        <translation>
            <numerusform> (외 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>변경 내용</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>%1: added %2</source>
        <translation>%1: %2 추가</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: removed %2</source>
        <translation>%1: %2 제거</translation>
    </message>
</context>
<context>
    <name>quarry::gui::PairHistoryView</name>
    <message>
        <location filename="../app/gui/curation/PairHistoryView.cpp" line="+25"/>
        <source>History of Pair %1</source>
        <translation>쌍 %1 변경 기록</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changes to this pair, newest first</source>
        <translation>이 쌍의 변경 내역(최신순)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changed</source>
        <translation>변경 세부 정보</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Nothing is recorded for pair %1.</source>
        <translation>쌍 %1에 기록된 내용이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) to pair %1, newest first.</source>
        <translation>
            <numerusform>쌍 %1의 변경 내역 %n건(최신순).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not read the history: %1</source>
        <translation>변경 기록을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No details recorded.</source>
        <translation>기록된 세부 정보가 없습니다.</translation>
    </message>
</context>
<context>
    <name>quarry::gui::PairListView</name>
    <message>
        <location filename="../app/gui/curation/PairListView.cpp" line="+38"/>
        <source>Warnings</source>
        <translation>경고</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All statuses</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tag</source>
        <translation>태그</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any rating</source>
        <translation>모든 평점</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>≥ </source>
        <translation>≥ </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search in pairs…</source>
        <translation>쌍에서 검색…</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+226"/>
        <location line="+5"/>
        <source>Set status</source>
        <translation>상태 설정</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>Add tag…</source>
        <translation>태그 추가…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove tag…</source>
        <translation>태그 제거…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+264"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message numerus="yes">
        <location line="-209"/>
        <source>%n pair(s)</source>
        <translation>
            <numerusform>쌍 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not list the pairs: %1</source>
        <translation>쌍 목록을 가져올 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+176"/>
        <source>Add tag</source>
        <translation>태그 추가</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Tag for the selected pairs:</source>
        <translation>선택한 쌍에 추가할 태그:</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+184"/>
        <source>Remove tag</source>
        <translation>태그 제거</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>Tag to remove from the selected pairs:</source>
        <translation>선택한 쌍에서 제거할 태그:</translation>
    </message>
    <message numerus="yes">
        <location line="+151"/>
        <source>%n drafted pair(s) with flags were not approved: approve them one at a time after a look.</source>
        <translation>
            <numerusform>표시가 있는 초안 쌍 %n개는 승인되지 않았습니다: 내용을 확인한 후 하나씩 승인하세요.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-234"/>
        <source>Search in pairs</source>
        <translation>쌍에서 검색</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag filter</source>
        <translation>태그 필터</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pairs</source>
        <translation>쌍</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History…</source>
        <translation>변경 기록…</translation>
    </message>
</context>
<context>
    <name>quarry::gui::RedactionPanel</name>
    <message>
        <location filename="../app/gui/redaction/RedactionPanel.cpp" line="+52"/>
        <source>score ≥ </source>
        <translation>점수 ≥ </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Document</source>
        <translation>문서</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Page</source>
        <translation>페이지</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation>규칙</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Accept</source>
        <translation>수락</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject</source>
        <translation>거부</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept all of this type in the document</source>
        <translation>문서에서 이 유형을 모두 수락</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject this value everywhere</source>
        <translation>모든 위치에서 이 값 거부</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>All types</source>
        <translation>모든 유형</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All rules</source>
        <translation>모든 규칙</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No project</source>
        <translation>프로젝트 없음</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%n detection(s)</source>
        <translation>
            <numerusform>탐지 항목 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Redaction</source>
        <translation>가림 처리</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>Detections</source>
        <translation>탐지 항목</translation>
    </message>
</context>
<context>
    <name>quarry::gui::ReviewWidget</name>
    <message>
        <location filename="../app/gui/curation/ReviewWidget.cpp" line="-227"/>
        <source>A approve · R reject · N next · P previous · E edit</source>
        <translation>A 승인 · R 거부 · N 다음 · P 이전 · E 편집</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Drafted by a model.</source>
        <translation>모델이 작성한 초안입니다.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No pairs need review.</source>
        <translation>검토할 쌍이 없습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pair %1 — %2 of %3 to review</source>
        <translation>쌍 %1 — 검토할 쌍 %3개 중 %2번째</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Context</source>
        <translation>컨텍스트</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assistant</source>
        <translation>어시스턴트</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The source text changed since this pair was written.</source>
        <translation>이 쌍을 작성한 뒤 출처 텍스트가 바뀌었습니다.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No source linked.</source>
        <translation>연결된 출처가 없습니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Review</source>
        <translation>검토</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Previous</source>
        <translation>이전</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve</source>
        <translation>승인</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject</source>
        <translation>거부</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>다음</translation>
    </message>
</context>
<context>
    <name>quarry::gui::ScanController</name>
    <message>
        <location filename="../app/gui/ScanController.cpp" line="+36"/>
        <source>Finding personal data</source>
        <translation>개인정보 찾는 중</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding personal data stopped</source>
        <translation>개인정보 찾기 중지됨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding personal data failed</source>
        <translation>개인정보 찾기 실패</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>page %1 of %2</source>
        <translation>%1/%2페이지</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n new detection(s), %1 accepted automatically</source>
        <translation>
            <numerusform>새 탐지 항목 %n개, 자동 수락 %1개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quarry::gui::SettingsDialog</name>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="+59"/>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interface language</source>
        <translation>인터페이스 언어</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>OCR languages</source>
        <translation>OCR 언어</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tesseract languages joined with &apos;+&apos;, for example kor+eng</source>
        <translation>&apos;+&apos;로 이은 Tesseract 언어(예: kor+eng)</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Your &amp;name (author and reviewer):</source>
        <translation>이름(&amp;N)(작성자 및 검토자):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface &amp;language:</source>
        <translation>인터페이스 언어(&amp;L):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Default &amp;OCR languages:</source>
        <translation>기본 OCR 언어(&amp;O):</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Settings pages</source>
        <translation>설정 페이지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General</source>
        <translation>일반</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OCR</source>
        <translation>OCR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redaction</source>
        <translation>가림 처리</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drafting</source>
        <translation>초안 작성</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Follow the system</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theme</source>
        <translation>테마</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Theme:</source>
        <translation>테마(&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language is used when Quarry starts again.</source>
        <translation>새 언어는 Quarry를 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Accept detections automatically from score:</source>
        <translation>다음 점수 이상인 탐지 항목 자동 수락(&amp;A):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Auto-accept score</source>
        <translation>자동 수락 점수</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Replacement per type</source>
        <translation>유형별 대체 방식</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replace with</source>
        <translation>대체 방식</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Placeholder: [PHONE]</source>
        <translation>자리 표시자: [PHONE]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pseudonym: [PERSON_3], the same value the same number</source>
        <translation>가명: [PERSON_3], 같은 값에는 같은 번호</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mask: 010-****-5678</source>
        <translation>마스킹: 010-****-5678</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surrogate: a fake value of the same kind</source>
        <translation>가상 값: 같은 종류의 가짜 값</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Replacement for %1</source>
        <translation>%1 대체 방식</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New projects start with these settings. A project keeps its own copy, so changing them here does not change existing projects.</source>
        <translation>새 프로젝트는 이 설정으로 시작합니다. 각 프로젝트는 설정 사본을 따로 보관하므로 여기서 바꿔도 기존 프로젝트에는 적용되지 않습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replacement in the redacted text, per type:</source>
        <translation>가림 처리된 텍스트의 유형별 대체 방식:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export format</source>
        <translation>내보내기 형식</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Train share</source>
        <translation>학습 비율</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation share</source>
        <translation>검증 비율</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test share</source>
        <translation>테스트 비율</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Train</source>
        <translation>학습</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Validation</source>
        <translation>검증</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test</source>
        <translation>테스트</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep each source document in one split</source>
        <translation>출처 문서별로 같은 분할에 유지</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop exact duplicates</source>
        <translation>완전 중복 제외</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop near duplicates at similarity</source>
        <translation>다음 유사도 이상의 유사 중복 제외</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Near-duplicate similarity</source>
        <translation>유사 중복 기준 유사도</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Per pair (project default when empty)</source>
        <translation>쌍별(비어 있으면 프로젝트 기본값)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project default for every pair</source>
        <translation>모든 쌍에 프로젝트 기본값 사용</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System prompt</source>
        <translation>시스템 프롬프트</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The export dialog starts from these options for a project that was never exported; after that, from the project&apos;s last export.</source>
        <translation>한 번도 내보낸 적이 없는 프로젝트에서는 내보내기 대화 상자가 이 옵션으로 시작하고, 그 뒤에는 프로젝트의 마지막 내보내기 설정으로 시작합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Format:</source>
        <translation>형식(&amp;F):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pairs with status:</source>
        <translation>내보낼 쌍의 상태:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Splits:</source>
        <translation>분할:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Seed:</source>
        <translation>시드(&amp;S):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicates:</source>
        <translation>중복:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;ystem prompt:</source>
        <translation>시스템 프롬프트(&amp;Y):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Model server address</source>
        <translation>모델 서버 주소</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test connection lists the models the server offers</source>
        <translation>연결 테스트로 서버가 제공하는 모델 목록을 볼 수 있습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow the site&apos;s &amp;network</source>
        <translation>사내 네트워크 허용(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private addresses (10.x, 172.16-31.x, 192.168.x, fc00::/7) besides this computer; public addresses are always refused</source>
        <translation>이 컴퓨터 외에 사설 주소(10.x, 172.16-31.x, 192.168.x, fc00::/7)도 허용합니다. 공인 주소는 항상 거부됩니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Connect timeout</source>
        <translation>연결 제한 시간</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inactivity timeout</source>
        <translation>무응답 제한 시간</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Empty: keep the stored key, if any</source>
        <translation>비워 두면: 저장된 키가 있으면 유지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key</source>
        <translation>API 키</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forget the stored key</source>
        <translation>저장된 키 삭제(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test Connection</source>
        <translation>연결 테스트(&amp;T)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Quarry can draft pairs with a model server of your own (llama-server, Ollama, vLLM, LM Studio) through its OpenAI-compatible API. Only redacted passages are sent, and only to this address. Leave it empty and Quarry opens no network connection.</source>
        <translation>Quarry는 OpenAI 호환 API를 통해 자체 모델 서버(llama-server, Ollama, vLLM, LM Studio)로 쌍의 초안을 작성할 수 있습니다. 비식별 처리된 구절만, 이 주소로만 전송됩니다. 비워 두면 Quarry는 네트워크 연결을 열지 않습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server &amp;address:</source>
        <translation>서버 주소(&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Model:</source>
        <translation>모델(&amp;M):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Connect timeout:</source>
        <translation>연결 제한 시간(&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Inactivity timeout:</source>
        <translation>무응답 제한 시간(&amp;I):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Servers on a CPU may think for minutes: only silence longer than the inactivity timeout ends a request, never its total time.</source>
        <translation>CPU 서버는 몇 분씩 생각할 수 있습니다: 요청은 전체 소요 시간이 아니라 무응답 제한 시간보다 긴 침묵이 있을 때만 종료됩니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API &amp;key:</source>
        <translation>API 키(&amp;K):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key is kept in the system keychain, never in the project or the settings file.</source>
        <translation>키는 프로젝트나 설정 파일이 아닌 시스템 키체인에 보관됩니다.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Testing %1...</source>
        <translation>%1 테스트 중...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Testing the model server</source>
        <translation>모델 서버 테스트 중</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connected. Models: %1. Speed: %2 tokens/s. Structured output: %3.</source>
        <translation>연결되었습니다. 모델: %1. 속도: %2 토큰/s. 구조화된 출력: %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none listed</source>
        <translation>목록 없음</translation>
    </message>
    <message>
        <location line="-265"/>
        <source>New projects read scanned pages in these languages (Tesseract names joined with &apos;+&apos;, for example kor+eng); a project keeps its own choice.</source>
        <translation>새 프로젝트는 스캔한 페이지를 이 언어로 읽습니다(Tesseract 언어 이름을 &apos;+&apos;로 연결, 예: kor+eng). 프로젝트마다 자체 설정을 유지합니다.</translation>
    </message>
</context>
<context>
    <name>quarry::gui::StatisticsView</name>
    <message>
        <location filename="../app/gui/stats/StatisticsView.cpp" line="+48"/>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 more</source>
        <translation>외 %1개</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Characters</source>
        <translation>문자 수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approximate tokens</source>
        <translation>추정 토큰 수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length unit</source>
        <translation>길이 단위</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No pairs</source>
        <translation>쌍 없음</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+12"/>
        <source>Length per pair</source>
        <translation>쌍별 길이</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>&amp;Unit:</source>
        <translation>단위(&amp;U):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pairs by status</source>
        <translation>상태별 쌍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pairs by rating</source>
        <translation>평점별 쌍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pairs by tag</source>
        <translation>태그별 쌍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pairs by source document</source>
        <translation>출처 문서별 쌍</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detections by type</source>
        <translation>유형별 탐지 항목</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detections by status</source>
        <translation>상태별 탐지 항목</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents by status</source>
        <translation>상태별 문서</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages by method</source>
        <translation>추출 방식별 페이지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pairs by origin</source>
        <translation>작성 방식별 쌍</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>No project is open.</source>
        <translation>열린 프로젝트가 없습니다.</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+58"/>
        <source>Counting…</source>
        <translation>집계하는 중…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Statistics appear when this tab is shown.</source>
        <translation>이 탭을 열면 통계가 표시됩니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pairs: %1 · Documents: %2 · Pages: %3 · Detections: %4</source>
        <translation>쌍: %1 · 문서: %2 · 페이지: %3 · 탐지 항목: %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Updating…</source>
        <translation>업데이트하는 중…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted at %1 in %2 ms</source>
        <translation>%1에 집계함(%2ms 소요)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not count: %1</source>
        <translation>집계할 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Rating %1</source>
        <translation>평점 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unrated</source>
        <translation>평점 없음</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No tag</source>
        <translation>태그 없음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No source</source>
        <translation>출처 없음</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>User side</source>
        <translation>사용자 측</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assistant side</source>
        <translation>어시스턴트 측</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean %1 (user) and %2 (assistant); longest %3 and %4.</source>
        <translation>평균 %1(사용자), %2(어시스턴트). 최장 %3, %4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User side: the context and the user turns; assistant side: the answers.</source>
        <translation>사용자 측은 컨텍스트와 사용자 턴이고, 어시스턴트 측은 답변입니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tokens are estimated: about 4 ASCII characters or 1 other character each.</source>
        <translation>토큰 수는 추정치입니다. ASCII 문자 약 4개 또는 그 밖의 문자 1개를 1토큰으로 계산합니다.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Written here</source>
        <translation>직접 작성</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported</source>
        <translation>가져옴</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drafted by a model</source>
        <translation>모델이 작성한 초안</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read</source>
        <translation>읽음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read with OCR</source>
        <translation>OCR로 읽음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read with warnings</source>
        <translation>읽음(경고 있음)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsupported</source>
        <translation>지원 안 됨</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Text layer</source>
        <translation>텍스트 레이어</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OCR</source>
        <translation>OCR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No text</source>
        <translation>텍스트 없음</translation>
    </message>
</context>
<context>
    <name>quarry::gui::TaskProgressWidget</name>
    <message>
        <location filename="../app/gui/tasks/TaskProgressWidget.cpp" line="+16"/>
        <source>Progress</source>
        <translation>진행률</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the running task</source>
        <translation>실행 중인 작업을 취소합니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 — cancelling…</source>
        <translation>%1 — 취소하는 중…</translation>
    </message>
</context>
<context>
    <name>quarry::gui::TaskRunner</name>
    <message>
        <location filename="../app/gui/tasks/TaskRunner.cpp" line="+43"/>
        <source>Quarry ran out of memory.</source>
        <translation>Quarry의 메모리가 부족합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unexpected error: %1</source>
        <translation>예기치 않은 오류: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unexpected error.</source>
        <translation>예기치 않은 오류가 발생했습니다.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>%1 cancelled</source>
        <translation>%1 취소됨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed</source>
        <translation>%1 실패</translation>
    </message>
</context>
<context>
    <name>quarry::gui::WelcomeWidget</name>
    <message>
        <location filename="../app/gui/WelcomeWidget.cpp" line="+22"/>
        <source>&lt;h1&gt;Welcome to Quarry&lt;/h1&gt;&lt;p&gt;Turn your organisation&apos;s documents into clean, reviewed fine-tuning data.&lt;br&gt;Everything stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Quarry에 오신 것을 환영합니다&lt;/h1&gt;&lt;p&gt;조직의 문서를 깨끗하고 검토된 파인튜닝 데이터로 만드세요.&lt;br&gt;모든 데이터는 이 컴퓨터에 머뭅니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New Project…</source>
        <translation>새 프로젝트(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Project…</source>
        <translation>프로젝트 열기(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Demo Project</source>
        <translation>데모 프로젝트 열기(&amp;D)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recent projects</source>
        <translation>최근 프로젝트</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Recent projects:</source>
        <translation>최근 프로젝트:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quarry logo</source>
        <translation>Quarry 로고</translation>
    </message>
</context>
</TS>
