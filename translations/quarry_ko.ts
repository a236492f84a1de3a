<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko_KR">
<context>
    <name>main</name>
    <message>
        <source>Quarry turns internal documents into fine-tuning datasets.</source>
        <translation>Quarry는 사내 문서를 파인튜닝 데이터셋으로 만듭니다.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>명령:</translation>
    </message>
    <message>
        <source>Run 'quarry-cli COMMAND --help' for a command's options.</source>
        <translation>명령의 옵션은 'quarry-cli 명령 --help'로 확인하세요.</translation>
    </message>
    <message>
        <source>unknown command '%1' (see quarry-cli --help)</source>
        <translation>알 수 없는 명령 '%1'(quarry-cli --help 참고)</translation>
    </message>
</context>
<context>
    <name>quarry</name>
    <message>
        <source>"%1" is not text</source>
        <translation>"%1" 값이 텍스트가 아닙니다</translation>
    </message>
    <message>
        <source>docProps/core.xml is damaged; document properties may be missing</source>
        <translation>docProps/core.xml이 손상되었습니다. 문서 속성이 누락되었을 수 있습니다</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>알 수 없는 오류</translation>
    </message>
    <message>
        <source>the encoding could not be detected; the text was read as Windows-1252</source>
        <translation>인코딩을 감지할 수 없어 텍스트를 Windows-1252로 읽었습니다</translation>
    </message>
    <message>
        <source>%1: unknown text encoding</source>
        <translation>%1: 알 수 없는 텍스트 인코딩</translation>
    </message>
    <message>
        <source>%n invalid byte sequence(s) in %1 text replaced with U+FFFD</source>
        <translation>%1 텍스트의 잘못된 바이트 시퀀스 %n개를 U+FFFD로 바꿨습니다</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>시스템 프롬프트</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>컨텍스트</translation>
    </message>
    <message>
        <source>Turn %1 (%2)</source>
        <translation>턴 %1(%2)</translation>
    </message>
    <message>
        <source>Turn %1 (%2) added</source>
        <translation>턴 %1(%2) 추가됨</translation>
    </message>
    <message>
        <source>Turn %1 (%2) removed</source>
        <translation>턴 %1(%2) 제거됨</translation>
    </message>
    <message>
        <source>Turn %1 role</source>
        <translation>턴 %1 역할</translation>
    </message>
    <message>
        <source>Tags added</source>
        <translation>추가된 태그</translation>
    </message>
    <message>
        <source>Tags removed</source>
        <translation>제거된 태그</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>평점</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>작성자</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>검토자</translation>
    </message>
    <message>
        <source>Source changed</source>
        <translation>출처 변경됨</translation>
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
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
</context>
<context>
    <name>quarry::AddPairCommand</name>
    <message>
        <source>Add pair</source>
        <translation>쌍 추가</translation>
    </message>
</context>
<context>
    <name>quarry::AlpacaFormat</name>
    <message>
        <source>Alpaca</source>
        <translation>Alpaca</translation>
    </message>
    <message>
        <source>the conversation starts with an assistant turn (an instruction must come first)</source>
        <translation>대화가 어시스턴트 턴으로 시작합니다(지시문이 먼저 와야 함)</translation>
    </message>
    <message>
        <source>turn %1 breaks the user/assistant alternation</source>
        <translation>턴 %1에서 사용자/어시스턴트 교대 순서가 깨졌습니다</translation>
    </message>
    <message>
        <source>the last instruction has no output</source>
        <translation>마지막 지시문에 출력이 없습니다</translation>
    </message>
    <message>
        <source>no text "instruction"</source>
        <translation>텍스트 필드 "instruction"이 없습니다</translation>
    </message>
    <message>
        <source>no text "output"</source>
        <translation>텍스트 필드 "output"이 없습니다</translation>
    </message>
    <message>
        <source>"history" is not a list</source>
        <translation>"history"가 목록이 아닙니다</translation>
    </message>
    <message>
        <source>history entry %1 is not a [question, answer] pair of texts</source>
        <translation>history 항목 %1이(가) [질문, 답변] 텍스트 쌍이 아닙니다</translation>
    </message>
</context>
<context>
    <name>quarry::AtomicExportDir</name>
    <message>
        <source>no output folder given</source>
        <translation>출력 폴더를 지정하지 않았습니다</translation>
    </message>
    <message>
        <source>output folder %1 is a file</source>
        <translation>출력 폴더 %1은(는) 파일입니다</translation>
    </message>
    <message>
        <source>output folder %1 holds "%2", which is not part of an export; choose an empty or new folder</source>
        <translation>출력 폴더 %1에 내보내기 결과가 아닌 "%2"이(가) 있습니다. 빈 폴더나 새 폴더를 선택하세요</translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>폴더 %1을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <source>cannot create a staging folder next to %1: %2</source>
        <translation>%1 옆에 임시 폴더를 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cannot create a staging folder next to %1</source>
        <translation>%1 옆에 임시 폴더를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>cannot move the export into %1: %2</source>
        <translation>내보낸 결과를 %1(으)로 옮길 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cannot replace the earlier export in %1: %2</source>
        <translation>%1에 있는 이전 내보내기 결과를 바꿀 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>quarry::BodyParser</name>
    <message>
        <source>%1: %2 is damaged: %3 (line %4)</source>
        <translation>%1: %2이(가) 손상되었습니다: %3(%4행)</translation>
    </message>
</context>
<context>
    <name>quarry::DatasetSplitter</name>
    <message>
        <source>split ratio %1 is negative</source>
        <translation>분할 비율 %1이(가) 음수입니다</translation>
    </message>
    <message>
        <source>split ratios must be one to three non-negative numbers with a positive sum</source>
        <translation>분할 비율은 합이 양수인 음이 아닌 수 1~3개여야 합니다</translation>
    </message>
</context>
<context>
    <name>quarry::Deduplicator</name>
    <message>
        <source>exact duplicate</source>
        <translation>완전 중복</translation>
    </message>
    <message>
        <source>near duplicate</source>
        <translation>유사 중복</translation>
    </message>
</context>
<context>
    <name>quarry::DeletePairsCommand</name>
    <message numerus="yes">
        <source>Delete %n pair(s)</source>
        <translation><numerusform>쌍 %n개 삭제</numerusform></translation>
    </message>
</context>
<context>
    <name>quarry::DemoProject</name>
    <message>
        <source>the demo's sample documents were not found (looked in %1)</source>
        <translation>데모 샘플 문서를 찾을 수 없습니다(찾은 위치: %1)</translation>
    </message>
    <message>
        <source>Hanbit Precision press shop (demo)</source>
        <translation>한빛정밀 프레스 공장(데모)</translation>
    </message>
    <message>
        <source>Reading the sample documents (text layer, OCR, CP949, DOCX)…</source>
        <translation>샘플 문서를 읽는 중(텍스트 레이어, OCR, CP949, DOCX)…</translation>
    </message>
    <message>
        <source>%1 of the demo's sample documents could not be read</source>
        <translation>데모 샘플 문서 중 %1개를 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>Looking for personal data…</source>
        <translation>개인정보를 찾는 중…</translation>
    </message>
    <message>
        <source>Cutting the documents into passages…</source>
        <translation>문서를 구절로 나누는 중…</translation>
    </message>
    <message>
        <source>Adding example pairs…</source>
        <translation>예제 쌍을 추가하는 중…</translation>
    </message>
    <message>
        <source>The demo project is ready.</source>
        <translation>데모 프로젝트가 준비되었습니다.</translation>
    </message>
</context>
<context>
    <name>quarry::DetectionStore</name>
    <message>
        <source>page %1 does not exist</source>
        <translation>%1페이지가 없습니다</translation>
    </message>
    <message>
        <source>auto-accept threshold %1: must be between 0 and 1</source>
        <translation>자동 수락 임계값 %1: 0에서 1 사이여야 합니다</translation>
    </message>
    <message>
        <source>detection %1: unknown status '%2'</source>
        <translation>탐지 항목 %1: 알 수 없는 상태 '%2'</translation>
    </message>
    <message>
        <source>detection %1 does not exist</source>
        <translation>탐지 항목 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>detection %1: the entity type is empty</source>
        <translation>탐지 항목 %1: 개체 유형이 비어 있습니다</translation>
    </message>
    <message>
        <source>page %1: the span %2-%3 is outside the text</source>
        <translation>%1페이지: 범위 %2-%3이(가) 텍스트 밖에 있습니다</translation>
    </message>
    <message>
        <source>page %1: the entity type is empty</source>
        <translation>%1페이지: 개체 유형이 비어 있습니다</translation>
    </message>
</context>
<context>
    <name>quarry::DocxReader</name>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: 빈 파일입니다</translation>
    </message>
    <message>
        <source>%1: an encrypted Word document or the old .doc format, which Quarry cannot read</source>
        <translation>%1: 암호화된 Word 문서이거나 이전 .doc 형식이므로 Quarry에서 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>%1: not a Word document (not a ZIP archive)</source>
        <translation>%1: Word 문서가 아닙니다(ZIP 아카이브가 아님)</translation>
    </message>
    <message>
        <source>%1: not a Word document (word/document.xml is missing)</source>
        <translation>%1: Word 문서가 아닙니다(word/document.xml이 없음)</translation>
    </message>
    <message>
        <source>%1: the document contains no text</source>
        <translation>%1: 문서에 텍스트가 없습니다</translation>
    </message>
</context>
<context>
    <name>quarry::DuplicateFinder</name>
    <message>
        <source>Looking for duplicates was cancelled.</source>
        <translation>중복 찾기를 취소했습니다.</translation>
    </message>
</context>
<context>
    <name>quarry::EditPairCommand</name>
    <message>
        <source>Edit pair %1</source>
        <translation>쌍 %1 편집</translation>
    </message>
</context>
<context>
    <name>quarry::Exporter</name>
    <message>
        <source>unknown format "%1" (expected %2)</source>
        <translation>알 수 없는 형식 "%1"(필요한 형식: %2)</translation>
    </message>
    <message>
        <source>give one to three split ratios (train, validation, test)</source>
        <translation>분할 비율을 1~3개 지정하세요(학습, 검증, 테스트)</translation>
    </message>
    <message>
        <source>the near-duplicate threshold must be above 0 and at most 1</source>
        <translation>유사 중복 임계값은 0보다 크고 1 이하여야 합니다</translation>
    </message>
    <message>
        <source>project %1 is open read-only; an export is recorded in the project</source>
        <translation>프로젝트 %1이(가) 읽기 전용으로 열려 있습니다. 내보내기는 프로젝트에 기록됩니다</translation>
    </message>
    <message>
        <source>export cancelled; nothing was written</source>
        <translation>내보내기를 취소했습니다. 아무것도 쓰지 않았습니다</translation>
    </message>
    <message>
        <source>refusing to export: pending redaction detections touch %1 pair(s) (ids %2); review them first or override explicitly</source>
        <translation>내보내기를 거부합니다: 대기 중인 가림 처리 탐지 항목이 쌍 %1개(ID %2)에 걸려 있습니다. 먼저 검토하거나 명시적으로 무시 옵션을 지정하세요</translation>
    </message>
    <message>
        <source>export stopped: the final scan found %1 undecided personal-data hit(s) (%2); review them in the project first</source>
        <translation>내보내기 중단: 최종 검사에서 결정되지 않은 개인정보 항목 %1개(%2)를 찾았습니다. 먼저 프로젝트에서 검토하세요</translation>
    </message>
</context>
<context>
    <name>quarry::FileSniffer</name>
    <message>
        <source>the file is named .pdf but is not a PDF (damaged or mislabelled)</source>
        <translation>파일 이름은 .pdf이지만 PDF가 아닙니다(손상되었거나 확장자가 잘못됨)</translation>
    </message>
    <message>
        <source>the file is named .%1 but is not such an image (damaged or mislabelled)</source>
        <translation>파일 이름은 .%1이지만 해당 형식의 이미지가 아닙니다(손상되었거나 확장자가 잘못됨)</translation>
    </message>
    <message>
        <source>unsupported file type (not PDF, image, text, Markdown, DOCX or HTML)</source>
        <translation>지원하지 않는 파일 형식입니다(PDF, 이미지, 텍스트, Markdown, DOCX, HTML이 아님)</translation>
    </message>
    <message>
        <source>unsupported file type .%1 (not PDF, image, text, Markdown, DOCX or HTML)</source>
        <translation>지원하지 않는 파일 형식 .%1입니다(PDF, 이미지, 텍스트, Markdown, DOCX, HTML이 아님)</translation>
    </message>
</context>
<context>
    <name>quarry::HtmlReader</name>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: 빈 파일입니다</translation>
    </message>
    <message>
        <source>%1: not an HTML file (it contains binary data)</source>
        <translation>%1: HTML 파일이 아닙니다(바이너리 데이터가 포함됨)</translation>
    </message>
    <message>
        <source>the declared charset %1 does not match the contents; the encoding was detected instead</source>
        <translation>선언된 문자 집합 %1이(가) 내용과 맞지 않아 인코딩을 자동으로 감지했습니다</translation>
    </message>
    <message>
        <source>unknown charset %1 declared; the encoding was detected instead</source>
        <translation>알 수 없는 문자 집합 %1이(가) 선언되어 인코딩을 자동으로 감지했습니다</translation>
    </message>
    <message>
        <source>%1: the page contains no text</source>
        <translation>%1: 페이지에 텍스트가 없습니다</translation>
    </message>
</context>
<context>
    <name>quarry::ImageSource</name>
    <message>
        <source>%1 is not a readable TIFF image (damaged or truncated)</source>
        <translation>%1은(는) 읽을 수 있는 TIFF 이미지가 아닙니다(손상되었거나 잘림)</translation>
    </message>
    <message>
        <source>%1 is not a readable image (damaged or unknown format)</source>
        <translation>%1은(는) 읽을 수 있는 이미지가 아닙니다(손상되었거나 알 수 없는 형식)</translation>
    </message>
    <message>
        <source>%1 has no page %2</source>
        <translation>%1에 %2페이지가 없습니다</translation>
    </message>
    <message>
        <source>%1: page %2 cannot be decoded</source>
        <translation>%1: %2페이지를 디코딩할 수 없습니다</translation>
    </message>
    <message>
        <source>%1: page %2 cannot be decoded (%3)</source>
        <translation>%1: %2페이지를 디코딩할 수 없습니다(%3)</translation>
    </message>
</context>
<context>
    <name>quarry::Importer</name>
    <message>
        <source>unknown format "%1" (expected %2)</source>
        <translation>알 수 없는 형식 "%1"(필요한 형식: %2)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>import cancelled; nothing was imported</source>
        <translation>가져오기를 취소했습니다. 아무것도 가져오지 않았습니다</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>올바른 JSON이 아닙니다: %2바이트 위치에서 %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON 객체가 아닙니다</translation>
    </message>
    <message>
        <source>not a record of a known format (%1)</source>
        <translation>알려진 형식(%1)의 레코드가 아닙니다</translation>
    </message>
    <message>
        <source>%1 has no line in a known format (%2)</source>
        <translation>%1에 알려진 형식(%2)의 줄이 없습니다</translation>
    </message>
</context>
<context>
    <name>quarry::IngestPipeline</name>
    <message>
        <source>opening the file took longer than %1 s; the worker was stopped</source>
        <translation>파일을 여는 데 %1초 넘게 걸려 작업자 프로세스를 중지했습니다</translation>
    </message>
    <message>
        <source>the worker crashed while opening the file: %1</source>
        <translation>파일을 여는 중 작업자 프로세스가 비정상 종료되었습니다: %1</translation>
    </message>
    <message>
        <source>the worker could not open the file</source>
        <translation>작업자 프로세스가 파일을 열 수 없습니다</translation>
    </message>
    <message>
        <source>the file has no pages</source>
        <translation>파일에 페이지가 없습니다</translation>
    </message>
    <message>
        <source>page %1: no result within %2 s; the worker was stopped</source>
        <translation>%1페이지: %2초 안에 결과가 없어 작업자 프로세스를 중지했습니다</translation>
    </message>
    <message>
        <source>page %1: %2</source>
        <translation>%1페이지: %2</translation>
    </message>
    <message>
        <source>page %1: the worker gave no result</source>
        <translation>%1페이지: 작업자 프로세스가 결과를 반환하지 않았습니다</translation>
    </message>
    <message>
        <source>%1 of %2 pages failed: %3</source>
        <translation>%2페이지 중 %1페이지 실패: %3</translation>
    </message>
    <message>
        <source>%1 could not be stored: %2</source>
        <translation>%1을(를) 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: 파일이 없습니다</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>already in the project (same bytes)</source>
        <translation>이미 프로젝트에 있습니다(바이트 단위로 동일)</translation>
    </message>
    <message>
        <source>already in the project as document %1</source>
        <translation>이미 프로젝트에 문서 %1(으)로 있습니다</translation>
    </message>
    <message>
        <source>same bytes as %1</source>
        <translation>%1과(와) 바이트 단위로 동일</translation>
    </message>
    <message>
        <source>same bytes as %1 in this batch</source>
        <translation>이번 일괄 작업의 %1과(와) 바이트 단위로 동일</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>빈 파일입니다</translation>
    </message>
    <message>
        <source>the file is too large (%1 MB; the limit is %2 MB)</source>
        <translation>파일이 너무 큽니다(%1MB, 제한 %2MB)</translation>
    </message>
</context>
<context>
    <name>quarry::IsolatedPageRenderer</name>
    <message>
        <source>document %1 does not exist</source>
        <translation>문서 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>%1 is a %2 document: it has no page images</source>
        <translation>%1은(는) %2 문서이므로 페이지 이미지가 없습니다</translation>
    </message>
    <message>
        <source>%1: the original file is not stored in the project</source>
        <translation>%1: 원본 파일이 프로젝트에 저장되어 있지 않습니다</translation>
    </message>
    <message>
        <source>the page could not be drawn: no temporary folder (%1)</source>
        <translation>페이지를 그릴 수 없습니다: 임시 폴더가 없습니다(%1)</translation>
    </message>
    <message>
        <source>the page could not be drawn: %1 could not be written to the temporary folder: %2</source>
        <translation>페이지를 그릴 수 없습니다: %1을(를) 임시 폴더에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the page could not be drawn: %1</source>
        <translation>페이지를 그릴 수 없습니다: %1</translation>
    </message>
    <message>
        <source>the page could not be drawn: the renderer took longer than %1 s on this file and was stopped</source>
        <translation>페이지를 그릴 수 없습니다: 이 파일에서 렌더러가 %1초를 넘겨 중지했습니다</translation>
    </message>
    <message>
        <source>the page was not drawn: cancelled</source>
        <translation>페이지를 그리지 않았습니다: 취소됨</translation>
    </message>
    <message>
        <source>the page could not be drawn: the renderer crashed on this file (%1)</source>
        <translation>페이지를 그릴 수 없습니다: 이 파일에서 렌더러가 비정상 종료했습니다(%1)</translation>
    </message>
    <message>
        <source>the page could not be drawn: the renderer sent an unreadable answer</source>
        <translation>페이지를 그릴 수 없습니다: 렌더러의 응답을 읽을 수 없습니다</translation>
    </message>
</context>
<context>
    <name>quarry::MarkdownReader</name>
    <message>
        <source>%1: the file contains no text</source>
        <translation>%1: 파일에 텍스트가 없습니다</translation>
    </message>
</context>
<context>
    <name>quarry::OcrEngine</name>
    <message>
        <source>OCR languages "%1" could not be loaded by Tesseract from %2</source>
        <translation>Tesseract가 %2에서 OCR 언어 "%1"을(를) 불러올 수 없습니다</translation>
    </message>
    <message>
        <source>OCR was given an empty page image</source>
        <translation>OCR에 빈 페이지 이미지가 전달되었습니다</translation>
    </message>
    <message>
        <source>OCR stopped (cancelled or over its time limit)</source>
        <translation>OCR이 중지되었습니다(취소되었거나 제한 시간 초과)</translation>
    </message>
    <message>
        <source>no OCR language given</source>
        <translation>OCR 언어를 지정하지 않았습니다</translation>
    </message>
    <message>
        <source>OCR language "%1" is not installed (installed: %2)</source>
        <translation>OCR 언어 "%1"이(가) 설치되어 있지 않습니다(설치됨: %2)</translation>
    </message>
</context>
<context>
    <name>quarry::OffsetMap</name>
    <message>
        <source>offset map: unknown format %1</source>
        <translation>오프셋 맵: 알 수 없는 형식 %1</translation>
    </message>
    <message>
        <source>offset map: truncated data</source>
        <translation>오프셋 맵: 데이터가 잘림</translation>
    </message>
    <message>
        <source>offset map: corrupt data</source>
        <translation>오프셋 맵: 데이터가 손상됨</translation>
    </message>
</context>
<context>
    <name>quarry::OpenAiFormat</name>
    <message>
        <source>OpenAI chat</source>
        <translation>OpenAI 채팅</translation>
    </message>
    <message>
        <source>turn %1 is a user message with a weight (only assistant messages have one)</source>
        <translation>턴 %1은(는) 가중치가 있는 사용자 메시지입니다(가중치는 어시스턴트 메시지에만 있음)</translation>
    </message>
    <message>
        <source>turn %1 has weight %2 (must be 0 or 1)</source>
        <translation>턴 %1의 가중치가 %2입니다(0 또는 1이어야 함)</translation>
    </message>
    <message>
        <source>no assistant message</source>
        <translation>어시스턴트 메시지가 없습니다</translation>
    </message>
    <message>
        <source>no "messages" list</source>
        <translation>"messages" 목록이 없습니다</translation>
    </message>
    <message>
        <source>message %1 is not an object</source>
        <translation>메시지 %1이(가) 객체가 아닙니다</translation>
    </message>
    <message>
        <source>message %1 has no text "content"</source>
        <translation>메시지 %1에 텍스트 필드 "content"가 없습니다</translation>
    </message>
    <message>
        <source>message %1 is a system message after the conversation started</source>
        <translation>메시지 %1은(는) 대화가 시작된 뒤에 나온 시스템 메시지입니다</translation>
    </message>
    <message>
        <source>message %1 has role "%2" (expected system, user or assistant)</source>
        <translation>메시지 %1의 역할이 "%2"입니다(system, user 또는 assistant여야 함)</translation>
    </message>
    <message>
        <source>message %1 has a weight that is not 0 or 1</source>
        <translation>메시지 %1의 가중치가 0 또는 1이 아닙니다</translation>
    </message>
</context>
<context>
    <name>quarry::PageCorrections</name>
    <message>
        <source>no page %1</source>
        <translation>%1페이지가 없습니다</translation>
    </message>
</context>
<context>
    <name>quarry::PageRenderer</name>
    <message>
        <source>document %1 does not exist</source>
        <translation>문서 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>%1: the original file is not stored in the project</source>
        <translation>%1: 원본 파일이 프로젝트에 저장되어 있지 않습니다</translation>
    </message>
    <message>
        <source>%1 has no page %2</source>
        <translation>%1에 %2페이지가 없습니다</translation>
    </message>
    <message>
        <source>%1 is a %2 document: it has no page images</source>
        <translation>%1은(는) %2 문서이므로 페이지 이미지가 없습니다</translation>
    </message>
</context>
<context>
    <name>quarry::PairHistory</name>
    <message>
        <source>Draft</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>검토 필요</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>수락됨</translation>
    </message>
    <message>
        <source>Marked by hand</source>
        <translation>직접 표시됨</translation>
    </message>
    <message>
        <source>user</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>assistant</source>
        <translation>어시스턴트</translation>
    </message>
    <message>
        <source>Personal data confirmed</source>
        <translation>개인정보로 확인</translation>
    </message>
    <message>
        <source>Marked as not personal data</source>
        <translation>개인정보 아님으로 표시</translation>
    </message>
    <message>
        <source>Personal data type changed</source>
        <translation>개인정보 유형 변경</translation>
    </message>
    <message>
        <source>Personal data marked by hand</source>
        <translation>개인정보 직접 표시</translation>
    </message>
    <message>
        <source>Replacement changed</source>
        <translation>대체 방식 변경</translation>
    </message>
    <message>
        <source>Personal data decision (%1)</source>
        <translation>개인정보 결정(%1)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>편집</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>복원</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>상태 변경</translation>
    </message>
    <message>
        <source>Tag added</source>
        <translation>태그 추가</translation>
    </message>
    <message>
        <source>Tag removed</source>
        <translation>태그 제거</translation>
    </message>
    <message>
        <source>Rating changed</source>
        <translation>평점 변경</translation>
    </message>
    <message>
        <source>Source change reviewed</source>
        <translation>출처 변경 검토 완료</translation>
    </message>
    <message>
        <source>Detection %1</source>
        <translation>탐지 항목 %1</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>평점</translation>
    </message>
    <message>
        <source>%1 “%2” in turn %3</source>
        <translation>턴 %3의 %1 “%2”</translation>
    </message>
</context>
<context>
    <name>quarry::PairListModel</name>
    <message>
        <source>(deleted)</source>
        <translation>(삭제됨)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>지시문</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>평점</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>작성자</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>수정일</translation>
    </message>
</context>
<context>
    <name>quarry::PairRepository</name>
    <message>
        <source>The project is open read-only; the pair was not added.</source>
        <translation>프로젝트가 읽기 전용으로 열려 있어 쌍을 추가하지 않았습니다.</translation>
    </message>
    <message>
        <source>A pair without an id cannot be restored.</source>
        <translation>ID가 없는 쌍은 복원할 수 없습니다.</translation>
    </message>
    <message>
        <source>Pair %1 does not exist.</source>
        <translation>쌍 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>태그에는 이름이 있어야 합니다.</translation>
    </message>
    <message>
        <source>A rating must be between 1 and 5, not %1.</source>
        <translation>평점은 1에서 5 사이여야 합니다(입력값: %1).</translation>
    </message>
</context>
<context>
    <name>quarry::PdfSource</name>
    <message>
        <source>%1 is not a readable PDF (damaged or not a PDF)</source>
        <translation>%1은(는) 읽을 수 있는 PDF가 아닙니다(손상되었거나 PDF가 아님)</translation>
    </message>
    <message>
        <source>%1 is password-protected: give its password</source>
        <translation>%1은(는) 암호로 보호되어 있습니다. 암호를 입력하세요</translation>
    </message>
    <message>
        <source>%1: wrong password</source>
        <translation>%1: 암호가 틀렸습니다</translation>
    </message>
    <message>
        <source>%1: page %2 cannot be read</source>
        <translation>%1: %2페이지를 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>%1: page %2 could not be rendered</source>
        <translation>%1: %2페이지를 렌더링할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>quarry::PlainTextReader</name>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: 빈 파일입니다</translation>
    </message>
    <message>
        <source>%1: not a text file (it contains binary data)</source>
        <translation>%1: 텍스트 파일이 아닙니다(바이너리 데이터가 포함됨)</translation>
    </message>
    <message>
        <source>%1: the file contains no text</source>
        <translation>%1: 파일에 텍스트가 없습니다</translation>
    </message>
</context>
<context>
    <name>quarry::ProjectLock</name>
    <message>
        <source>another process</source>
        <translation>다른 프로세스</translation>
    </message>
    <message>
        <source>%1 (process %2 on %3)</source>
        <translation>%1(%3의 프로세스 %2)</translation>
    </message>
</context>
<context>
    <name>quarry::ProjectStatistics</name>
    <message>
        <source>Computing statistics was cancelled.</source>
        <translation>통계 계산을 취소했습니다.</translation>
    </message>
</context>
<context>
    <name>quarry::ProjectStore</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: 파일이 없습니다</translation>
    </message>
    <message>
        <source>%1: not a file</source>
        <translation>%1: 파일이 아닙니다</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: the file is empty, not a Quarry project</source>
        <translation>%1: 빈 파일이며 Quarry 프로젝트가 아닙니다</translation>
    </message>
    <message>
        <source>%1: not a Quarry project (not an SQLite database)</source>
        <translation>%1: Quarry 프로젝트가 아닙니다(SQLite 데이터베이스가 아님)</translation>
    </message>
    <message>
        <source>%1: an SQLite database, but not a Quarry project</source>
        <translation>%1: SQLite 데이터베이스이지만 Quarry 프로젝트가 아닙니다</translation>
    </message>
    <message>
        <source>%1: made by a newer version of Quarry (schema %2; this version reads up to %3)</source>
        <translation>%1: 더 새로운 버전의 Quarry로 만든 파일입니다(스키마 %2, 이 버전은 %3까지 읽을 수 있음)</translation>
    </message>
    <message>
        <source>%1: the file is truncated or damaged (size %2 bytes does not match its header)</source>
        <translation>%1: 파일이 잘렸거나 손상되었습니다(크기 %2바이트가 헤더와 맞지 않음)</translation>
    </message>
    <message>
        <source>%1: the file already exists</source>
        <translation>%1: 파일이 이미 있습니다</translation>
    </message>
    <message>
        <source>%1: in use by %2</source>
        <translation>%1: %2에서 사용 중입니다</translation>
    </message>
    <message>
        <source>%1: not a Quarry project (tables missing)</source>
        <translation>%1: Quarry 프로젝트가 아닙니다(테이블이 없음)</translation>
    </message>
    <message>
        <source>%1: the file is damaged: %2</source>
        <translation>%1: 파일이 손상되었습니다: %2</translation>
    </message>
    <message>
        <source>%1: the file is read-only</source>
        <translation>%1: 읽기 전용 파일입니다</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>무결성: %1</translation>
    </message>
    <message>
        <source>table %1 row %2 refers to a missing row of %3</source>
        <translation>%1 테이블의 %2번 행이 %3 테이블의 없는 행을 가리킵니다</translation>
    </message>
    <message>
        <source>the application id is not Quarry's</source>
        <translation>애플리케이션 ID가 Quarry의 것이 아닙니다</translation>
    </message>
    <message>
        <source>pages numbered beyond their document's page count</source>
        <translation>문서의 쪽수를 넘는 번호의 페이지</translation>
    </message>
    <message>
        <source>documents marked ok that lack some of their pages</source>
        <translation>정상으로 표시되었지만 일부 페이지가 없는 문서</translation>
    </message>
    <message>
        <source>detections that point outside their page's text</source>
        <translation>페이지 텍스트 밖을 가리키는 탐지 항목</translation>
    </message>
    <message>
        <source>pairs without any turn</source>
        <translation>대화 턴이 없는 쌍</translation>
    </message>
    <message>
        <source>settings that are not valid JSON</source>
        <translation>올바른 JSON이 아닌 설정</translation>
    </message>
    <message>
        <source>%1: cannot create: %2</source>
        <translation>%1: 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: cannot be opened: the file is read-only and Quarry may not create files in its folder (copy the project to a writable folder)</source>
        <translation>%1: 열 수 없습니다: 파일이 읽기 전용이고 Quarry가 해당 폴더에 파일을 만들 수 없습니다(쓰기 가능한 폴더로 프로젝트를 복사하세요)</translation>
    </message>
</context>
<context>
    <name>quarry::RecordFormat</name>
    <message>
        <source>the pair has no turns</source>
        <translation>쌍에 턴이 없습니다</translation>
    </message>
    <message>
        <source>turn %1 (%2) is empty</source>
        <translation>턴 %1(%2)이(가) 비어 있습니다</translation>
    </message>
    <message>
        <source>unknown status "%1"</source>
        <translation>알 수 없는 상태 "%1"</translation>
    </message>
    <message>
        <source>"tags" is not a list</source>
        <translation>"tags"가 목록이 아닙니다</translation>
    </message>
    <message>
        <source>"tags" holds something that is not a tag name</source>
        <translation>"tags"에 태그 이름이 아닌 항목이 있습니다</translation>
    </message>
</context>
<context>
    <name>quarry::Redactor</name>
    <message>
        <source>page %1 does not exist</source>
        <translation>%1페이지가 없습니다</translation>
    </message>
</context>
<context>
    <name>quarry::RuleSet</name>
    <message>
        <source>the pattern is empty</source>
        <translation>패턴이 비어 있습니다</translation>
    </message>
    <message>
        <source>invalid regular expression at offset %1: %2</source>
        <translation>오프셋 %1의 정규식이 잘못되었습니다: %2</translation>
    </message>
    <message>
        <source>the pattern matches empty text</source>
        <translation>패턴이 빈 텍스트와 일치합니다</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(이름 없음)</translation>
    </message>
    <message>
        <source>rule '%1': %2</source>
        <translation>규칙 '%1': %2</translation>
    </message>
    <message>
        <source>the rule has no name</source>
        <translation>규칙에 이름이 없습니다</translation>
    </message>
    <message>
        <source>there is no built-in recognizer of that name</source>
        <translation>해당 이름의 기본 제공 인식기가 없습니다</translation>
    </message>
    <message>
        <source>the rule has no entity type</source>
        <translation>규칙에 개체 유형이 없습니다</translation>
    </message>
    <message>
        <source>the score must be between 0 and 1</source>
        <translation>점수는 0에서 1 사이여야 합니다</translation>
    </message>
    <message>
        <source>%1: not valid JSON at offset %2: %3</source>
        <translation>%1: 오프셋 %2에서 올바른 JSON이 아닙니다: %3</translation>
    </message>
    <message>
        <source>%1: not a rule pack (expected an object with a "rules" array)</source>
        <translation>%1: 규칙 팩이 아닙니다("rules" 배열이 있는 객체여야 함)</translation>
    </message>
    <message>
        <source>rule #%1: not a JSON object</source>
        <translation>규칙 #%1: JSON 객체가 아닙니다</translation>
    </message>
    <message>
        <source>rule '%1': unknown kind '%2'</source>
        <translation>규칙 '%1': 알 수 없는 종류 '%2'</translation>
    </message>
    <message>
        <source>rule '%1': score is not a number</source>
        <translation>규칙 '%1': score가 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>rule '%1': terms is not an array</source>
        <translation>규칙 '%1': terms가 배열이 아닙니다</translation>
    </message>
    <message>
        <source>rule '%1': the rule has no name</source>
        <translation>규칙 '%1': 규칙에 이름이 없습니다</translation>
    </message>
    <message>
        <source>%1: cannot read the rule pack: %2</source>
        <translation>%1: 규칙 팩을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: cannot read the term list: %2</source>
        <translation>%1: 용어 목록을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: the term list is not UTF-8 text</source>
        <translation>%1: 용어 목록이 UTF-8 텍스트가 아닙니다</translation>
    </message>
</context>
<context>
    <name>quarry::SetRatingCommand</name>
    <message>
        <source>Set rating</source>
        <translation>평점 설정</translation>
    </message>
</context>
<context>
    <name>quarry::SetStatusCommand</name>
    <message numerus="yes">
        <source>Set status of %n pair(s) to %1</source>
        <translation><numerusform>쌍 %n개의 상태를 %1(으)로 설정</numerusform></translation>
    </message>
</context>
<context>
    <name>quarry::ShareGptFormat</name>
    <message>
        <source>ShareGPT</source>
        <translation>ShareGPT</translation>
    </message>
    <message>
        <source>the conversation starts with gpt (human must come first)</source>
        <translation>대화가 gpt로 시작합니다(human이 먼저 와야 함)</translation>
    </message>
    <message>
        <source>turn %1 breaks the human/gpt alternation</source>
        <translation>턴 %1에서 human/gpt 교대 순서가 깨졌습니다</translation>
    </message>
    <message>
        <source>the conversation ends with a human turn that has no gpt answer</source>
        <translation>대화가 gpt 답변이 없는 human 턴으로 끝납니다</translation>
    </message>
    <message>
        <source>no "conversations" list</source>
        <translation>"conversations" 목록이 없습니다</translation>
    </message>
    <message>
        <source>"system" is not text</source>
        <translation>"system"이 텍스트가 아닙니다</translation>
    </message>
    <message>
        <source>turn %1 is not an object</source>
        <translation>턴 %1이(가) 객체가 아닙니다</translation>
    </message>
    <message>
        <source>turn %1 has no text "value"</source>
        <translation>턴 %1에 텍스트 필드 "value"가 없습니다</translation>
    </message>
    <message>
        <source>turn %1 is from "%2" (expected human or gpt)</source>
        <translation>턴 %1의 발화자가 "%2"입니다(human 또는 gpt여야 함)</translation>
    </message>
</context>
<context>
    <name>quarry::SyntheticGenerator</name>
    <message>
        <source>Generating pairs was cancelled.</source>
        <translation>쌍 생성을 취소했습니다.</translation>
    </message>
</context>
<context>
    <name>quarry::TagCommand</name>
    <message>
        <source>Add tag %1</source>
        <translation>태그 %1 추가</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>태그 %1 제거</translation>
    </message>
</context>
<context>
    <name>quarry::TextDecoder</name>
    <message>
        <source>the detected encoding %1 is not supported; the text was read as Windows-1252</source>
        <translation>감지된 인코딩 %1은(는) 지원되지 않아 텍스트를 Windows-1252로 읽었습니다</translation>
    </message>
</context>
<context>
    <name>quarry::WorkerClient</name>
    <message>
        <source>the ingest worker %1 could not be started: %2</source>
        <translation>문서 추가 작업자 프로세스 %1을(를) 시작할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the worker crashed</source>
        <translation>작업자 프로세스가 비정상 종료되었습니다</translation>
    </message>
    <message>
        <source>the worker exited with code %1</source>
        <translation>작업자 프로세스가 코드 %1(으)로 종료되었습니다</translation>
    </message>
    <message>
        <source>the worker is not running</source>
        <translation>작업자 프로세스가 실행 중이 아닙니다</translation>
    </message>
    <message>
        <source>the worker sent an unreadable message</source>
        <translation>작업자 프로세스가 읽을 수 없는 메시지를 보냈습니다</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1초 안에 응답이 없습니다</translation>
    </message>
</context>
<context>
    <name>quarry::WorkerServer</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: no reader for this kind of file</source>
        <translation>%1: 이 종류의 파일을 읽을 수 있는 판독기가 없습니다</translation>
    </message>
    <message>
        <source>the text layer is unreadable (unmapped glyphs); the page was OCRed</source>
        <translation>텍스트 레이어를 읽을 수 없어(매핑되지 않은 글리프) 페이지를 OCR로 처리했습니다</translation>
    </message>
    <message>
        <source>pages were asked of a file that has none</source>
        <translation>페이지가 없는 파일에 페이지를 요청했습니다</translation>
    </message>
    <message>
        <source>page %1: OCR exceeded the time limit of %2 s</source>
        <translation>%1페이지: OCR이 제한 시간 %2초를 초과했습니다</translation>
    </message>
    <message>
        <source>unknown request "%1"</source>
        <translation>알 수 없는 요청 "%1"</translation>
    </message>
    <message>
        <source>%1 has no page images</source>
        <translation>%1에는 페이지 이미지가 없습니다</translation>
    </message>
    <message>
        <source>%1: page %2 could not be encoded</source>
        <translation>%1: %2페이지를 인코딩할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>quarry::ZipArchive</name>
    <message>
        <source>%1: out of memory opening the archive</source>
        <translation>%1: 아카이브를 여는 중 메모리가 부족합니다</translation>
    </message>
    <message>
        <source>%1: not a valid ZIP archive (%2)</source>
        <translation>%1: 올바른 ZIP 아카이브가 아닙니다(%2)</translation>
    </message>
    <message>
        <source>%1: the ZIP archive is damaged (%2)</source>
        <translation>%1: ZIP 아카이브가 손상되었습니다(%2)</translation>
    </message>
    <message>
        <source>%1: the archive has more than %2 entries; refusing to read it</source>
        <translation>%1: 아카이브 항목이 %2개를 넘어 읽지 않습니다</translation>
    </message>
    <message>
        <source>%1: the archive is encrypted (password-protected)</source>
        <translation>%1: 아카이브가 암호화되어 있습니다(암호로 보호됨)</translation>
    </message>
    <message>
        <source>%1: cannot read %2 from the archive (%3)</source>
        <translation>%1: 아카이브에서 %2을(를) 읽을 수 없습니다(%3)</translation>
    </message>
    <message>
        <source>%1: %2 inflates to more than %3 MB; refusing to read it (possible zip bomb)</source>
        <translation>%1: %2의 압축 해제 크기가 %3MB를 넘어 읽지 않습니다(ZIP 폭탄일 수 있음)</translation>
    </message>
</context>
<context>
    <name>quarry::cli</name>
    <message>
        <source>Count</source>
        <translation>개수</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>비율</translation>
    </message>
    <message>
        <source>(%1 more)</source>
        <translation>(외 %1개)</translation>
    </message>
    <message>
        <source>User side</source>
        <translation>사용자 측</translation>
    </message>
    <message>
        <source>Assistant side</source>
        <translation>어시스턴트 측</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>평균</translation>
    </message>
    <message>
        <source>max</source>
        <translation>최대</translation>
    </message>
</context>
<context>
    <name>quarry::cli::CheckCommand</name>
    <message>
        <source>Verify a project's integrity and Quarry's own invariants.</source>
        <translation>프로젝트의 무결성과 Quarry 자체 불변 조건을 검사합니다.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>JSON 객체 하나로 출력합니다.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>프로젝트 파일.</translation>
    </message>
    <message>
        <source>%1: ok</source>
        <translation>%1: 정상</translation>
    </message>
</context>
<context>
    <name>quarry::cli::ChunkCommand</name>
    <message>
        <source>Cut every document's text into passages (by headings and paragraphs, then by size). Pairs stay linked to their sources; pairs whose source text changed are flagged for review.</source>
        <translation>모든 문서의 텍스트를 구절로 나눕니다(제목과 단락 기준으로 나눈 뒤 크기 기준으로 나눔). 쌍은 출처와 계속 연결되며, 출처 텍스트가 바뀐 쌍은 검토 대상으로 표시됩니다.</translation>
    </message>
    <message>
        <source>Target passage length in characters (default %1).</source>
        <translation>목표 구절 길이(문자 수, 기본값 %1).</translation>
    </message>
    <message>
        <source>Maximum passage length (default %1).</source>
        <translation>최대 구절 길이(기본값 %1).</translation>
    </message>
    <message>
        <source>Characters repeated when a paragraph is cut (default %1).</source>
        <translation>단락을 자를 때 반복할 문자 수(기본값 %1).</translation>
    </message>
    <message>
        <source>Only this document id.</source>
        <translation>이 문서 ID만.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>JSON 객체 하나로 출력합니다.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>프로젝트 파일.</translation>
    </message>
    <message>
        <source>chunk: --target, --max and --overlap take a number of characters</source>
        <translation>chunk: --target, --max, --overlap에는 문자 수를 지정해야 합니다</translation>
    </message>
    <message>
        <source>chunk: --max (%1) must not be less than --target (%2)</source>
        <translation>chunk: --max(%1)는 --target(%2)보다 작으면 안 됩니다</translation>
    </message>
    <message>
        <source>chunk: no document %1 in the project</source>
        <translation>chunk: 프로젝트에 문서 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>%1 document(s), %2 passage(s); %3 source link(s) kept, %4 pair(s) flagged for review</source>
        <translation>문서 %1개, 구절 %2개. 출처 연결 %3개 유지, 쌍 %4개 검토 대상으로 표시</translation>
    </message>
</context>
<context>
    <name>quarry::cli::Command</name>
    <message>
        <source>Show this help.</source>
        <translation>이 도움말을 표시합니다.</translation>
    </message>
    <message>
        <source>%1: wrong number of arguments (see quarry-cli %1 --help)</source>
        <translation>%1: 인수 개수가 잘못되었습니다(quarry-cli %1 --help 참고)</translation>
    </message>
</context>
<context>
    <name>quarry::cli::CorrectCommand</name>
    <message>
        <source>Replace a page's extracted text with a correction, or remove the correction.</source>
        <translation>페이지에서 추출한 텍스트를 수정본으로 바꾸거나 수정본을 제거합니다.</translation>
    </message>
    <message>
        <source>Page number (default 1).</source>
        <translation>페이지 번호(기본값 1).</translation>
    </message>
    <message>
        <source>Read the corrected text from FILE (UTF-8; - for stdin).</source>
        <translation>수정된 텍스트를 FILE에서 읽습니다(UTF-8, 표준 입력은 -).</translation>
    </message>
    <message>
        <source>Remove the correction: the extracted text applies again.</source>
        <translation>수정본을 제거합니다. 추출한 텍스트가 다시 적용됩니다.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>프로젝트 파일.</translation>
    </message>
    <message>
        <source>Document id or file name.</source>
        <translation>문서 ID 또는 파일 이름.</translation>
    </message>
    <message>
        <source>correct: give either --file or --clear</source>
        <translation>correct: --file 또는 --clear 중 하나를 지정하세요</translation>
    </message>
    <message>
        <source>no document %1 in %2</source>
        <translation>%2에 문서 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>document %1 has no page %2</source>
        <translation>문서 %1에 %2페이지가 없습니다</translation>
    </message>
    <message>
        <source>Removed the correction of page %1</source>
        <translation>%1페이지의 수정본을 제거했습니다</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: not valid UTF-8</source>
        <translation>%1: 올바른 UTF-8이 아닙니다</translation>
    </message>
    <message>
        <source>Corrected page %1</source>
        <translation>%1페이지를 수정했습니다</translation>
    </message>
</context>
<context>
    <name>quarry::cli::DemoCommand</name>
    <message>
        <source>Build the demo project from the bundled sample documents.</source>
        <translation>함께 제공되는 샘플 문서로 데모 프로젝트를 만듭니다.</translation>
    </message>
    <message>
        <source>Folder of sample documents to use.</source>
        <translation>사용할 샘플 문서 폴더.</translation>
    </message>
    <message>
        <source>The project file to create (*.quarry).</source>
        <translation>만들 프로젝트 파일(*.quarry).</translation>
    </message>
    <message>
        <source>Created the demo project %1</source>
        <translation>데모 프로젝트 %1을(를) 만들었습니다</translation>
    </message>
</context>
<context>
    <name>quarry::cli::DetectionsCommand</name>
    <message>
        <source>List a project's detections with their review status.</source>
        <translation>프로젝트의 탐지 항목을 검토 상태와 함께 나열합니다.</translation>
    </message>
    <message>
        <source>Only these statuses (pending, accepted, rejected, manual; comma separated).</source>
        <translation>이 상태만(pending, accepted, rejected, manual, 쉼표로 구분).</translation>
    </message>
    <message>
        <source>Only this entity type (e.g. PHONE).</source>
        <translation>이 개체 유형만(예: PHONE).</translation>
    </message>
    <message>
        <source>Print one JSON array.</source>
        <translation>JSON 배열 하나로 출력합니다.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>프로젝트 파일.</translation>
    </message>
    <message>
        <source>--status: unknown status '%1' (pending, accepted, rejected, manual)</source>
        <translation>--status: 알 수 없는 상태 '%1'(pending, accepted, rejected, manual)</translation>
    </message>
    <message numerus="yes">
        <source>%n detection(s)</source>
        <translation><numerusform>탐지 항목 %n개</numerusform></translation>
    </message>
</context>
<context>
    <name>quarry::cli::DocsCommand</name>
    <message>
        <source>List a project's documents: status, pages, method per page, encoding, error.</source>
        <translation>프로젝트의 문서를 나열합니다: 상태, 페이지, 페이지별 추출 방식, 인코딩, 오류.</translation>
    </message>
    <message>
        <source>Print one JSON array.</source>
        <translation>JSON 배열 하나로 출력합니다.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>프로젝트 파일.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation><numerusform>%n페이지</numerusform></translation>
    </message>
    <message>
        <source>pages: %1</source>
        <translation>페이지: %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>오류: %1</translation>
    </message>
</context>
<context>
    <name>quarry::cli::ExportCommand</name>
    <message>
        <source>Write approved pairs as a JSONL dataset folder (splits, dataset_info.json, README.md).</source>
        <translation>승인된 쌍을 JSONL 데이터셋 폴더로 씁니다(분할, dataset_info.json, README.md).</translation>
    </message>
    <message>
        <source>Dataset format: %1.</source>
        <translation>데이터셋 형식: %1.</translation>
    </message>
    <message>
        <source>Output folder (new, empty, or an earlier export).</source>
        <translation>출력 폴더(새 폴더, 빈 폴더 또는 이전 내보내기 폴더).</translation>
    </message>
    <message>
        <source>Pair status to export (draft, review, approved, rejected; repeat or comma-separate). Default: approved.</source>
        <translation>내보낼 쌍의 상태(draft, review, approved, rejected, 반복하거나 쉼표로 구분). 기본값: approved.</translation>
    </message>
    <message>
        <source>Only pairs with this tag (repeat: all of them).</source>
        <translation>이 태그가 있는 쌍만(반복 시 모든 태그가 있는 쌍).</translation>
    </message>
    <message>
        <source>Only pairs rated at least N (1-5).</source>
        <translation>평점이 N 이상인 쌍만(1-5).</translation>
    </message>
    <message>
        <source>Only pairs from this document id (repeatable).</source>
        <translation>이 문서 ID에서 나온 쌍만(반복 가능).</translation>
    </message>
    <message>
        <source>Train,validation[,test] ratios. Default: 0.9,0.1.</source>
        <translation>학습,검증[,테스트] 비율. 기본값: 0.9,0.1.</translation>
    </message>
    <message>
        <source>Seed of the split shuffle. Default: 42.</source>
        <translation>분할 셔플의 시드. 기본값: 42.</translation>
    </message>
    <message>
        <source>Split pairs one by one instead of by source document.</source>
        <translation>출처 문서 단위가 아니라 쌍 단위로 분할합니다.</translation>
    </message>
    <message>
        <source>Balance each pair's first tag across the splits.</source>
        <translation>각 쌍의 첫 번째 태그가 분할 간에 고르게 분포되도록 합니다.</translation>
    </message>
    <message>
        <source>One system prompt for every pair.</source>
        <translation>모든 쌍에 사용할 시스템 프롬프트 하나.</translation>
    </message>
    <message>
        <source>Write no system prompt.</source>
        <translation>시스템 프롬프트를 쓰지 않습니다.</translation>
    </message>
    <message>
        <source>Also drop near duplicates at or above this similarity (0-1).</source>
        <translation>이 유사도(0-1) 이상인 유사 중복도 제외합니다.</translation>
    </message>
    <message>
        <source>Keep exact duplicates.</source>
        <translation>완전 중복을 유지합니다.</translation>
    </message>
    <message>
        <source>Extra fields per record: comma list of tags, status, source, id.</source>
        <translation>레코드별 추가 필드: tags, status, source, id를 쉼표로 나열.</translation>
    </message>
    <message>
        <source>Export although pending redaction detections touch exported pairs (recorded in the card and the audit log).</source>
        <translation>대기 중인 가림 처리 탐지 항목이 내보낼 쌍에 걸려 있어도 내보냅니다(데이터셋 카드와 감사 로그에 기록됨).</translation>
    </message>
    <message>
        <source>Print the report as one JSON object.</source>
        <translation>보고서를 JSON 객체 하나로 출력합니다.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>프로젝트 파일.</translation>
    </message>
    <message>
        <source>export: --format and --out are required</source>
        <translation>export: --format과 --out은 필수입니다</translation>
    </message>
    <message>
        <source>export: unknown format "%1" (expected %2)</source>
        <translation>export: 알 수 없는 형식 "%1"(필요한 형식: %2)</translation>
    </message>
    <message>
        <source>export: unknown status "%1"</source>
        <translation>export: 알 수 없는 상태 "%1"</translation>
    </message>
    <message>
        <source>export: --min-rating must be 1 to 5</source>
        <translation>export: --min-rating은 1에서 5 사이여야 합니다</translation>
    </message>
    <message>
        <source>export: --document takes a document id</source>
        <translation>export: --document에는 문서 ID를 지정해야 합니다</translation>
    </message>
    <message>
        <source>export: --split takes one to three non-negative numbers, e.g. 0.8,0.1,0.1</source>
        <translation>export: --split에는 음이 아닌 수를 1~3개 지정해야 합니다(예: 0.8,0.1,0.1)</translation>
    </message>
    <message>
        <source>export: --seed takes a non-negative integer</source>
        <translation>export: --seed에는 음이 아닌 정수를 지정해야 합니다</translation>
    </message>
    <message>
        <source>export: --system-prompt and --no-system exclude each other</source>
        <translation>export: --system-prompt와 --no-system은 함께 사용할 수 없습니다</translation>
    </message>
    <message>
        <source>export: --dedup-threshold must be above 0 and at most 1</source>
        <translation>export: --dedup-threshold는 0보다 크고 1 이하여야 합니다</translation>
    </message>
    <message>
        <source>export: unknown metadata field "%1" (tags, status, source, id)</source>
        <translation>export: 알 수 없는 메타데이터 필드 "%1"(tags, status, source, id)</translation>
    </message>
    <message>
        <source>Exported %1 of %2 pairs to %3 (%4).</source>
        <translation>쌍 %2개 중 %1개를 %3(으)로 내보냈습니다(%4).</translation>
    </message>
    <message>
        <source>Dropped %1 duplicate(s); see export_report.json.</source>
        <translation>중복 %1개를 제외했습니다. export_report.json을 참고하세요.</translation>
    </message>
    <message>
        <source>Pair %1 not written: %2</source>
        <translation>쌍 %1을(를) 쓰지 않았습니다: %2</translation>
    </message>
    <message>
        <source>Warning: exported with the pending-PII override (%1 pairs).</source>
        <translation>경고: 대기 중인 개인정보 무시 옵션을 사용해 내보냈습니다(쌍 %1개).</translation>
    </message>
</context>
<context>
    <name>quarry::cli::GenerateCommand</name>
    <message>
        <source>Fill a project (created if missing) with synthetic Korean/English pairs, for benchmarks.</source>
        <translation>벤치마크용으로 프로젝트(없으면 새로 만듦)를 합성 한국어/영어 쌍으로 채웁니다.</translation>
    </message>
    <message>
        <source>How many pairs (default 1000).</source>
        <translation>쌍 개수(기본값 1000).</translation>
    </message>
    <message>
        <source>Random seed (default 42).</source>
        <translation>난수 시드(기본값 42).</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>JSON 객체 하나로 출력합니다.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>프로젝트 파일.</translation>
    </message>
    <message>
        <source>generate: --pairs takes a number</source>
        <translation>generate: --pairs에는 숫자를 지정해야 합니다</translation>
    </message>
    <message>
        <source>generate: --seed takes a number</source>
        <translation>generate: --seed에는 숫자를 지정해야 합니다</translation>
    </message>
    <message>
        <source>%1 / %2 pairs</source>
        <translation>쌍 %1 / %2개</translation>
    </message>
    <message>
        <source>%1 pairs generated in %2 s</source>
        <translation>%2초 만에 쌍 %1개를 생성했습니다</translation>
    </message>
</context>
<context>
    <name>quarry::cli::ImportCommand</name>
    <message>
        <source>Import pairs from a JSONL file (OpenAI, ShareGPT or Alpaca).</source>
        <translation>JSONL 파일(OpenAI, ShareGPT 또는 Alpaca)에서 쌍을 가져옵니다.</translation>
    </message>
    <message>
        <source>The file's format (%1); detected from the first line when not given.</source>
        <translation>파일 형식(%1). 지정하지 않으면 첫 줄에서 감지합니다.</translation>
    </message>
    <message>
        <source>Print the report as one JSON object.</source>
        <translation>보고서를 JSON 객체 하나로 출력합니다.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>프로젝트 파일.</translation>
    </message>
    <message>
        <source>The JSONL file.</source>
        <translation>JSONL 파일.</translation>
    </message>
    <message>
        <source>import: unknown format "%1" (expected %2)</source>
        <translation>import: 알 수 없는 형식 "%1"(필요한 형식: %2)</translation>
    </message>
    <message>
        <source>Imported %1 pair(s) from %2 lines (%3).</source>
        <translation>%2줄에서 쌍 %1개를 가져왔습니다(%3).</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1행: %2</translation>
    </message>
</context>
<context>
    <name>quarry::cli::InfoCommand</name>
    <message>
        <source>Show a project's schema version, size and row counts.</source>
        <translation>프로젝트의 스키마 버전, 크기, 행 수를 표시합니다.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>JSON 객체 하나로 출력합니다.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>프로젝트 파일.</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>프로젝트: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>스키마 버전: %1</translation>
    </message>
    <message>
        <source>Size: %1 bytes</source>
        <translation>크기: %1바이트</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>행 수:</translation>
    </message>
</context>
<context>
    <name>quarry::cli::IngestCommand</name>
    <message>
        <source>Add PDFs, images and text files (folders recursed) to a project.</source>
        <translation>PDF, 이미지, 텍스트 파일을 프로젝트에 추가합니다(폴더는 하위 폴더까지 포함).</translation>
    </message>
    <message>
        <source>OCR languages, e.g. kor+eng (default: the project's setting).</source>
        <translation>OCR 언어(예: kor+eng, 기본값: 프로젝트 설정).</translation>
    </message>
    <message>
        <source>Password for encrypted PDFs.</source>
        <translation>암호화된 PDF의 암호.</translation>
    </message>
    <message>
        <source>Re-ingest files already in the project (corrections are kept).</source>
        <translation>프로젝트에 이미 있는 파일을 다시 추가합니다(수정본은 유지됨).</translation>
    </message>
    <message>
        <source>Worker processes (default 2).</source>
        <translation>작업자 프로세스 수(기본값 2).</translation>
    </message>
    <message>
        <source>Seconds a page may take before its worker is stopped.</source>
        <translation>작업자 프로세스를 중지하기 전까지 한 페이지에 허용하는 시간(초).</translation>
    </message>
    <message>
        <source>Print one JSON object per file and a summary, one per line.</source>
        <translation>파일마다 JSON 객체 하나를 출력하고 마지막에 요약을 출력합니다(한 줄에 하나씩).</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>프로젝트 파일.</translation>
    </message>
    <message>
        <source>Files or folders to ingest.</source>
        <translation>추가할 파일 또는 폴더.</translation>
    </message>
    <message>
        <source>--workers wants a number from 1 to 64</source>
        <translation>--workers에는 1에서 64 사이의 숫자를 지정해야 합니다</translation>
    </message>
    <message>
        <source>--page-timeout wants a positive number of seconds</source>
        <translation>--page-timeout에는 양수 초를 지정해야 합니다</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: 파일이나 폴더가 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation><numerusform>%n페이지</numerusform></translation>
    </message>
    <message>
        <source>%1 files: %2 ok, %3 OCR, %4 with warnings, %5 failed, %6 unsupported, %7 already present; %8 pages</source>
        <translation>파일 %1개: 정상 %2, OCR %3, 경고 %4, 실패 %5, 지원 안 됨 %6, 이미 있음 %7. 페이지 %8개</translation>
    </message>
</context>
<context>
    <name>quarry::cli::InitCommand</name>
    <message>
        <source>Create a new, empty project file.</source>
        <translation>비어 있는 새 프로젝트 파일을 만듭니다.</translation>
    </message>
    <message>
        <source>The project file to create (*.quarry).</source>
        <translation>만들 프로젝트 파일(*.quarry).</translation>
    </message>
    <message>
        <source>Created %1 (schema %2)</source>
        <translation>%1을(를) 만들었습니다(스키마 %2)</translation>
    </message>
</context>
<context>
    <name>quarry::cli::PairsCommand</name>
    <message>
        <source>Print JSON.</source>
        <translation>JSON으로 출력합니다.</translation>
    </message>
    <message>
        <source>list: only this status (repeatable); add: the new pair's status.</source>
        <translation>list: 이 상태만(반복 가능). add: 새 쌍의 상태.</translation>
    </message>
    <message>
        <source>list: only pairs with this tag (repeatable); add: a tag.</source>
        <translation>list: 이 태그가 있는 쌍만(반복 가능). add: 태그.</translation>
    </message>
    <message>
        <source>list: rating at least N.</source>
        <translation>list: 평점 N 이상.</translation>
    </message>
    <message>
        <source>list: only this author.</source>
        <translation>list: 이 작성자만.</translation>
    </message>
    <message>
        <source>list: with a source in this document (repeatable).</source>
        <translation>list: 이 문서에 출처가 있는 쌍(반복 가능).</translation>
    </message>
    <message>
        <source>list: only pairs with warnings (changed source, duplicate, PII).</source>
        <translation>list: 경고가 있는 쌍만(출처 변경, 중복, 개인정보).</translation>
    </message>
    <message>
        <source>list: containing this text.</source>
        <translation>list: 이 텍스트를 포함하는 쌍.</translation>
    </message>
    <message>
        <source>list: at most N pairs (0: all, default 100).</source>
        <translation>list: 최대 N개 쌍(0: 전체, 기본값 100).</translation>
    </message>
    <message>
        <source>add: a user turn (repeatable).</source>
        <translation>add: 사용자 턴(반복 가능).</translation>
    </message>
    <message>
        <source>add: an assistant turn (repeatable).</source>
        <translation>add: 어시스턴트 턴(반복 가능).</translation>
    </message>
    <message>
        <source>add: the system prompt.</source>
        <translation>add: 시스템 프롬프트.</translation>
    </message>
    <message>
        <source>add: the context (Alpaca input).</source>
        <translation>add: 컨텍스트(Alpaca input).</translation>
    </message>
    <message>
        <source>add: rating 1-5.</source>
        <translation>add: 평점 1-5.</translation>
    </message>
    <message>
        <source>add: notes.</source>
        <translation>add: 메모.</translation>
    </message>
    <message>
        <source>add: read the pair as JSON (as printed by show --json; - for stdin).</source>
        <translation>add: 쌍을 JSON으로 읽습니다(show --json 출력 형식, 표준 입력은 -).</translation>
    </message>
    <message>
        <source>tag: remove the tag instead of adding it.</source>
        <translation>tag: 태그를 추가하는 대신 제거합니다.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>프로젝트 파일.</translation>
    </message>
    <message>
        <source>Status, tag, pair ids, as the action needs.</source>
        <translation>동작에 따라 상태, 태그, 쌍 ID.</translation>
    </message>
    <message>
        <source>pairs show: give one pair id</source>
        <translation>pairs show: 쌍 ID를 하나 지정하세요</translation>
    </message>
    <message>
        <source>pairs delete: give one or more pair ids</source>
        <translation>pairs delete: 쌍 ID를 하나 이상 지정하세요</translation>
    </message>
    <message>
        <source>pairs set-status: give a status (draft, review, approved, rejected) and pair ids</source>
        <translation>pairs set-status: 상태(draft, review, approved, rejected)와 쌍 ID를 지정하세요</translation>
    </message>
    <message>
        <source>pairs tag: give a tag and pair ids</source>
        <translation>pairs tag: 태그와 쌍 ID를 지정하세요</translation>
    </message>
    <message>
        <source>pairs %1: unexpected argument '%2'</source>
        <translation>pairs %1: 예상하지 못한 인수 '%2'</translation>
    </message>
    <message>
        <source>pairs list: unknown status '%1'</source>
        <translation>pairs list: 알 수 없는 상태 '%1'</translation>
    </message>
    <message>
        <source>pairs show: no pair %1 in the project</source>
        <translation>pairs show: 프로젝트에 쌍 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>Pair %1 (%2), by %3, updated %4</source>
        <translation>쌍 %1(%2), 작성자 %3, 수정 %4</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>태그: %1</translation>
    </message>
    <message>
        <source>Rating: %1</source>
        <translation>평점: %1</translation>
    </message>
    <message>
        <source>pairs add: cannot read %1: %2</source>
        <translation>pairs add: %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>pairs add: %1 is not a JSON object: %2</source>
        <translation>pairs add: %1은(는) JSON 객체가 아닙니다: %2</translation>
    </message>
    <message>
        <source>pairs add: give at least one --user turn (or --from-json)</source>
        <translation>pairs add: --user 턴을 하나 이상 지정하세요(또는 --from-json)</translation>
    </message>
    <message>
        <source>pairs add: unknown status '%1'</source>
        <translation>pairs add: 알 수 없는 상태 '%1'</translation>
    </message>
    <message>
        <source>pairs add: --rating takes 1 to 5</source>
        <translation>pairs add: --rating에는 1에서 5까지 지정할 수 있습니다</translation>
    </message>
    <message>
        <source>Added pair %1</source>
        <translation>쌍 %1을(를) 추가했습니다</translation>
    </message>
    <message>
        <source>Note: exact duplicate of pair %1</source>
        <translation>참고: 쌍 %1과(와) 완전히 중복됩니다</translation>
    </message>
    <message>
        <source>pairs %1: no pair %2 in the project</source>
        <translation>pairs %1: 프로젝트에 쌍 %2이(가) 없습니다</translation>
    </message>
    <message>
        <source>%1: %2 pair(s) changed</source>
        <translation>%1: 쌍 %2개가 변경되었습니다</translation>
    </message>
    <message>
        <source>pairs history: no pair %1 in the project</source>
        <translation>pairs history: 프로젝트에 쌍 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>pairs duplicates: --threshold takes 0.5 to 1</source>
        <translation>pairs duplicates: --threshold에는 0.5에서 1 사이의 값을 지정해야 합니다</translation>
    </message>
    <message>
        <source>pairs duplicates: --max-pairs takes a number (0: all)</source>
        <translation>pairs duplicates: --max-pairs에는 숫자를 지정해야 합니다(0: 전체)</translation>
    </message>
    <message>
        <source>pairs duplicates: unknown status '%1'</source>
        <translation>pairs duplicates: 알 수 없는 상태 '%1'</translation>
    </message>
    <message>
        <source>Compared %1 of %2 pairs in %3 s: %4 possible duplicate(s)%5</source>
        <translation>%3초 만에 쌍 %2개 중 %1개를 비교했습니다: 중복 후보 %4개%5</translation>
    </message>
    <message>
        <source> (the most similar shown)</source>
        <translation> (가장 유사한 항목만 표시)</translation>
    </message>
    <message>
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
        <source>duplicates: estimated similarity at least X (0.5 to 1, default 0.8).</source>
        <translation>duplicates: 추정 유사도 X 이상(0.5~1, 기본값 0.8).</translation>
    </message>
    <message>
        <source>duplicates: compare only the newest N pairs of those selected (0: all).</source>
        <translation>duplicates: 선택한 쌍 중 최신 N개만 비교(0: 전체).</translation>
    </message>
    <message>
        <source>list, show, history, duplicates, add, set-status, tag or delete.</source>
        <translation>list, show, history, duplicates, add, set-status, tag 또는 delete.</translation>
    </message>
    <message>
        <source>pairs: unknown action '%1' (list, show, history, duplicates, add, set-status, tag, delete)</source>
        <translation>pairs: 알 수 없는 동작 '%1'(list, show, history, duplicates, add, set-status, tag, delete)</translation>
    </message>
    <message>
        <source>pairs history: give one pair id</source>
        <translation>pairs history: 쌍 ID를 하나 지정하세요</translation>
    </message>
</context>
<context>
    <name>quarry::cli::RedactCommand</name>
    <message>
        <source>Scan every page of a project for personal data; earlier decisions are kept.</source>
        <translation>프로젝트의 모든 페이지에서 개인정보를 검사합니다. 이전 결정은 유지됩니다.</translation>
    </message>
    <message>
        <source>Import a rule pack (JSON) into the project first.</source>
        <translation>먼저 규칙 팩(JSON)을 프로젝트로 가져옵니다.</translation>
    </message>
    <message>
        <source>Accept detections scoring at least SCORE (0-1) automatically; kept as the project's setting.</source>
        <translation>점수가 SCORE(0-1) 이상인 탐지 항목을 자동으로 수락합니다. 프로젝트 설정으로 저장됩니다.</translation>
    </message>
    <message>
        <source>Print the summary as one JSON object.</source>
        <translation>요약을 JSON 객체 하나로 출력합니다.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>프로젝트 파일.</translation>
    </message>
    <message>
        <source>--accept-above: expected a score between 0 and 1, got '%1'</source>
        <translation>--accept-above: 0에서 1 사이의 점수가 필요하지만 '%1'을(를) 받았습니다</translation>
    </message>
    <message>
        <source>Scanned %1 pages: %2 detections (%3 new, %4 kept, %5 removed, %6 auto-accepted)</source>
        <translation>%1페이지를 검사했습니다: 탐지 항목 %2개(새 항목 %3, 유지 %4, 제거 %5, 자동 수락 %6)</translation>
    </message>
</context>
<context>
    <name>quarry::cli::ScanCommand</name>
    <message>
        <source>Find personal data in UTF-8 text; one JSON object per detection (offsets in code points).</source>
        <translation>UTF-8 텍스트에서 개인정보를 찾습니다. 탐지 항목마다 JSON 객체 하나를 출력합니다(오프셋은 코드 포인트 단위).</translation>
    </message>
    <message>
        <source>Rule pack (JSON) to use on top of the defaults.</source>
        <translation>기본 규칙에 더해 사용할 규칙 팩(JSON).</translation>
    </message>
    <message>
        <source>Term list (TXT: one per line; CSV: the name column), found as PERSON.</source>
        <translation>PERSON으로 찾을 용어 목록(TXT: 한 줄에 하나, CSV: 이름 열).</translation>
    </message>
    <message>
        <source>Scan each line on its own; objects carry their line number.</source>
        <translation>각 줄을 따로 검사합니다. 객체에 줄 번호가 포함됩니다.</translation>
    </message>
    <message>
        <source>The text file, or - for standard input.</source>
        <translation>텍스트 파일(표준 입력은 -).</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: 파일이 없습니다</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: the input is not valid UTF-8 (the valid parts were scanned)</source>
        <translation>%1: 입력이 올바른 UTF-8이 아닙니다(올바른 부분만 검사함)</translation>
    </message>
</context>
<context>
    <name>quarry::cli::SearchCommand</name>
    <message>
        <source>Find pairs whose system prompt, context or turns contain the text (substring, case-insensitive; works for Korean, including two-syllable words).</source>
        <translation>시스템 프롬프트, 컨텍스트 또는 턴에 해당 텍스트가 들어 있는 쌍을 찾습니다(부분 문자열, 대소문자 구분 없음, 두 음절 단어를 포함한 한국어도 검색 가능).</translation>
    </message>
    <message>
        <source>At most N pairs (default 50; 0: all).</source>
        <translation>최대 N개 쌍(기본값 50, 0: 전체).</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>JSON 객체 하나로 출력합니다.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>프로젝트 파일.</translation>
    </message>
    <message>
        <source>The text to look for.</source>
        <translation>찾을 텍스트.</translation>
    </message>
    <message>
        <source>search: --limit takes a number</source>
        <translation>search: --limit에는 숫자를 지정해야 합니다</translation>
    </message>
    <message>
        <source>search: the query is empty</source>
        <translation>search: 검색어가 비어 있습니다</translation>
    </message>
</context>
<context>
    <name>quarry::cli::StatsCommand</name>
    <message>
        <source>Show a project's statistics: pairs by status, origin, rating, tag and document, length histograms, detections and documents.</source>
        <translation>프로젝트 통계를 표시합니다: 상태, 작성 방식, 평점, 태그, 문서별 쌍 수, 길이 히스토그램, 탐지 항목, 문서.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>JSON 객체 하나로 출력합니다.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>프로젝트 파일.</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>프로젝트: %1</translation>
    </message>
    <message>
        <source>Pairs: %1, documents: %2, pages: %3, detections: %4</source>
        <translation>쌍: %1, 문서: %2, 페이지: %3, 탐지 항목: %4</translation>
    </message>
    <message>
        <source>Pairs by status</source>
        <translation>상태별 쌍</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Pairs by origin</source>
        <translation>작성 방식별 쌍</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>작성 방식</translation>
    </message>
    <message>
        <source>unrated</source>
        <translation>평점 없음</translation>
    </message>
    <message>
        <source>Pairs by rating</source>
        <translation>평점별 쌍</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>평점</translation>
    </message>
    <message>
        <source>Pairs by tag</source>
        <translation>태그별 쌍</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>(no tag)</source>
        <translation>(태그 없음)</translation>
    </message>
    <message>
        <source>Pairs by source document</source>
        <translation>출처 문서별 쌍</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>(출처 없음)</translation>
    </message>
    <message>
        <source>Length per pair, characters</source>
        <translation>쌍별 길이(문자 수)</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>문자 수</translation>
    </message>
    <message>
        <source>Length per pair, approximate tokens (4 ASCII characters or 1 other character each)</source>
        <translation>쌍별 길이(추정 토큰 수, ASCII 문자 4개 또는 그 밖의 문자 1개를 1토큰으로 계산)</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>토큰 수</translation>
    </message>
    <message>
        <source>Detections by type</source>
        <translation>유형별 탐지 항목</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Detections by status</source>
        <translation>상태별 탐지 항목</translation>
    </message>
    <message>
        <source>Documents by status</source>
        <translation>상태별 문서</translation>
    </message>
    <message>
        <source>Pages by method</source>
        <translation>추출 방식별 페이지</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>추출 방식</translation>
    </message>
    <message>
        <source>Computed in %1 ms.</source>
        <translation>계산 시간: %1ms.</translation>
    </message>
</context>
<context>
    <name>quarry::cli::TextCommand</name>
    <message>
        <source>Print a document's text as stored (its corrections included), or redacted.</source>
        <translation>문서 텍스트를 저장된 그대로(수정본 포함) 또는 가림 처리하여 출력합니다.</translation>
    </message>
    <message>
        <source>Only page N (1-based).</source>
        <translation>N페이지만(1부터 시작).</translation>
    </message>
    <message>
        <source>Print the redacted text instead of the original.</source>
        <translation>원본 대신 가림 처리된 텍스트를 출력합니다.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>프로젝트 파일.</translation>
    </message>
    <message>
        <source>Document id or name.</source>
        <translation>문서 ID 또는 이름.</translation>
    </message>
    <message>
        <source>--page: expected a page number from 1, got '%1'</source>
        <translation>--page: 1 이상의 페이지 번호가 필요하지만 '%1'을(를) 받았습니다</translation>
    </message>
    <message>
        <source>%1: no document with that id or name</source>
        <translation>%1: 해당 ID나 이름의 문서가 없습니다</translation>
    </message>
    <message>
        <source>%1: no page %2</source>
        <translation>%1: %2페이지가 없습니다</translation>
    </message>
    <message>
        <source>%1: the document has no pages</source>
        <translation>%1: 문서에 페이지가 없습니다</translation>
    </message>
</context>
<context>
    <name>quarry::gui::AboutDialog</name>
    <message>
        <source>About Quarry</source>
        <translation>Quarry 정보</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Quarry %1&lt;/h2&gt;&lt;p&gt;Turns internal documents into fine-tuning datasets, on your own machine.&lt;/p&gt;&lt;p&gt;Nothing leaves this computer.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Quarry %1&lt;/h2&gt;&lt;p&gt;사내 문서를 이 컴퓨터 안에서 파인튜닝 데이터셋으로 만듭니다.&lt;/p&gt;&lt;p&gt;어떤 데이터도 이 컴퓨터 밖으로 나가지 않습니다.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>quarry::gui::BarChartWidget</name>
    <message>
        <source>Nothing yet</source>
        <translation>아직 없음</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1(%2%)</translation>
    </message>
</context>
<context>
    <name>quarry::gui::DocumentListModel</name>
    <message>
        <source>OK</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>OCR'd</source>
        <translation>OCR 완료</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Unsupported</source>
        <translation>지원 안 됨</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>페이지</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
</context>
<context>
    <name>quarry::gui::DocumentListView</name>
    <message>
        <source>Documents</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>No documents yet.
Drop files or folders here, or use Project ▸ Add Documents.</source>
        <translation>아직 문서가 없습니다.
파일이나 폴더를 여기에 끌어 놓거나 프로젝트 ▸ 문서 추가를 사용하세요.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Documents&lt;/b&gt;</source>
        <translation>&lt;b&gt;문서&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>quarry::gui::DocumentView</name>
    <message>
        <source>Page</source>
        <translation>페이지</translation>
    </message>
    <message>
        <source>Page </source>
        <translation>페이지 </translation>
    </message>
    <message>
        <source>Select a document to read it here.</source>
        <translation>문서를 선택하면 여기에 내용이 표시됩니다.</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <source>OCR, confidence %1%</source>
        <translation>OCR, 신뢰도 %1%</translation>
    </message>
    <message>
        <source>Text layer</source>
        <translation>텍스트 레이어</translation>
    </message>
    <message>
        <source>No text</source>
        <translation>텍스트 없음</translation>
    </message>
    <message>
        <source>Page not extracted</source>
        <translation>추출되지 않은 페이지</translation>
    </message>
    <message>
        <source>No page image</source>
        <translation>페이지 이미지 없음</translation>
    </message>
    <message>
        <source>Redacted</source>
        <translation>가림 처리됨</translation>
    </message>
    <message>
        <source>Show the redacted text that pairs and exports see (Ctrl+Shift+R)</source>
        <translation>쌍과 내보내기에 쓰이는 가림 처리된 텍스트를 표시합니다(Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Correct Text</source>
        <translation>텍스트 수정</translation>
    </message>
    <message>
        <source>Correct the extracted text of this page (for example OCR mistakes)</source>
        <translation>이 페이지에서 추출한 텍스트를 수정합니다(예: OCR 오류)</translation>
    </message>
    <message>
        <source>Save Correction</source>
        <translation>수정본 저장</translation>
    </message>
    <message>
        <source>Use Extracted Text</source>
        <translation>추출한 텍스트 사용</translation>
    </message>
    <message>
        <source>Remove your correction of this page</source>
        <translation>이 페이지의 수정본을 제거합니다</translation>
    </message>
    <message>
        <source>, corrected</source>
        <translation>, 수정됨</translation>
    </message>
    <message>
        <source>%1 (%2, score %3) — right-click to decide</source>
        <translation>%1(%2, 점수 %3) — 마우스 오른쪽 버튼을 클릭하여 결정하세요</translation>
    </message>
    <message>
        <source>OCR confidence %1%: check this word</source>
        <translation>OCR 신뢰도 %1%: 이 단어를 확인하세요</translation>
    </message>
    <message>
        <source>Rendering page…</source>
        <translation>페이지를 그리는 중…</translation>
    </message>
</context>
<context>
    <name>quarry::gui::DuplicatesModel</name>
    <message>
        <source>Marked as not a duplicate</source>
        <translation>중복 아님으로 표시됨</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>유사도</translation>
    </message>
    <message>
        <source>Pair A</source>
        <translation>쌍 A</translation>
    </message>
    <message>
        <source>A begins</source>
        <translation>A 첫 부분</translation>
    </message>
    <message>
        <source>Pair B</source>
        <translation>쌍 B</translation>
    </message>
    <message>
        <source>B begins</source>
        <translation>B 첫 부분</translation>
    </message>
</context>
<context>
    <name>quarry::gui::DuplicatesView</name>
    <message>
        <source>Find</source>
        <translation>찾기</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Show dismissed</source>
        <translation>중복 아님 항목 표시</translation>
    </message>
    <message>
        <source>Open A</source>
        <translation>A 열기</translation>
    </message>
    <message>
        <source>Open B</source>
        <translation>B 열기</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>거부</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Not a Duplicate</source>
        <translation>중복 아님</translation>
    </message>
    <message>
        <source>Similarity at least</source>
        <translation>최소 유사도</translation>
    </message>
    <message>
        <source>How alike two pairs must be (share of their three-character pieces) to be listed</source>
        <translation>목록에 표시할 두 쌍의 최소 유사도(세 글자 조각이 겹치는 비율)</translation>
    </message>
    <message>
        <source>Pairs not rejected</source>
        <translation>거부되지 않은 쌍</translation>
    </message>
    <message>
        <source>All pairs</source>
        <translation>모든 쌍</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>검토 필요</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>Which pairs to compare</source>
        <translation>비교할 쌍</translation>
    </message>
    <message>
        <source>all</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Progress of the search for duplicates</source>
        <translation>중복 찾기 진행률</translation>
    </message>
    <message>
        <source>Find pairs whose turns are nearly the same, beyond the exact duplicates flagged on save.</source>
        <translation>저장할 때 표시되는 완전 중복 외에, 턴 내용이 거의 같은 쌍을 찾습니다.</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>중복 후보</translation>
    </message>
    <message>
        <source>Reject Pair A</source>
        <translation>쌍 A 거부</translation>
    </message>
    <message>
        <source>Reject Pair B</source>
        <translation>쌍 B 거부</translation>
    </message>
    <message>
        <source>Delete Pair A</source>
        <translation>쌍 A 삭제</translation>
    </message>
    <message>
        <source>Delete Pair B</source>
        <translation>쌍 B 삭제</translation>
    </message>
    <message>
        <source>Open Pair A</source>
        <translation>쌍 A 열기</translation>
    </message>
    <message>
        <source>Open Pair B</source>
        <translation>쌍 B 열기</translation>
    </message>
    <message>
        <source>newest</source>
        <translation>최신 쌍 수</translation>
    </message>
    <message>
        <source>Could not look for duplicates: %1</source>
        <translation>중복을 찾을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Looking for possible duplicates…</source>
        <translation>중복 후보를 찾는 중…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>중지하는 중…</translation>
    </message>
    <message>
        <source>Stopped; the list shows the previous search.</source>
        <translation>중지했습니다. 목록에는 이전 검색 결과가 표시됩니다.</translation>
    </message>
    <message>
        <source>Compared the newest %1 of %2 pairs in %3 s.</source>
        <translation>%3초 만에 쌍 %2개 중 최신 %1개를 비교했습니다.</translation>
    </message>
    <message>
        <source>Older pairs were not compared: raise “newest” (or choose “all”) to include them; it takes longer.</source>
        <translation>오래된 쌍은 비교하지 않았습니다. 포함하려면 “최신 쌍 수”를 늘리거나 “전체”를 선택하세요. 시간이 더 걸립니다.</translation>
    </message>
    <message numerus="yes">
        <source>Compared %n pair(s) in %1 s.</source>
        <translation><numerusform>%1초 만에 쌍 %n개를 비교했습니다.</numerusform></translation>
    </message>
    <message>
        <source>Only the %1 most similar candidates are listed; raise the similarity to see fewer at a time.</source>
        <translation>가장 유사한 후보 %1개만 표시합니다. 한 번에 더 적게 보려면 최소 유사도를 높이세요.</translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s).</source>
        <translation><numerusform>중복 후보 %n개.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n marked as not a duplicate (hidden).</source>
        <translation><numerusform>중복 아님으로 표시된 %n개는 숨겼습니다.</numerusform></translation>
    </message>
    <message>
        <source>Is a Duplicate</source>
        <translation>중복 맞음</translation>
    </message>
    <message>
        <source>Pair %1 rejected (Undo brings it back).</source>
        <translation>쌍 %1을(를) 거부했습니다(실행 취소로 되돌릴 수 있음).</translation>
    </message>
    <message>
        <source>Pair %1 deleted (Undo brings it back).</source>
        <translation>쌍 %1을(를) 삭제했습니다(실행 취소로 되돌릴 수 있음).</translation>
    </message>
    <message>
        <source>Only the newest pairs are compared. More take longer and more memory: a million pairs take about a minute of processor time and 1 GB of memory.</source>
        <translation>최신 쌍만 비교합니다. 수를 늘리면 시간과 메모리가 더 듭니다. 쌍 100만 개에는 프로세서 시간 약 1분과 메모리 1GB가 필요합니다.</translation>
    </message>
</context>
<context>
    <name>quarry::gui::ExportDialog</name>
    <message>
        <source>Export dataset</source>
        <translation>데이터셋 내보내기</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>검토</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <source>all of these tags, comma-separated</source>
        <translation>쉼표로 구분한 태그(모두 일치)</translation>
    </message>
    <message>
        <source>any</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <source>Per pair (project default when empty)</source>
        <translation>쌍별(비어 있으면 프로젝트 기본값)</translation>
    </message>
    <message>
        <source>One for all:</source>
        <translation>모든 쌍에 공통:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>project default</source>
        <translation>프로젝트 기본값</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>검증</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>테스트</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>Keep each source document in one split</source>
        <translation>출처 문서별로 같은 분할에 유지</translation>
    </message>
    <message>
        <source>Balance tags across splits</source>
        <translation>분할 간 태그 균형 맞추기</translation>
    </message>
    <message>
        <source>Drop near duplicates at similarity</source>
        <translation>다음 유사도 이상의 유사 중복 제외</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Source document and page</source>
        <translation>출처 문서 및 페이지</translation>
    </message>
    <message>
        <source>Pair id</source>
        <translation>쌍 ID</translation>
    </message>
    <message>
        <source>Export although pending detections touch exported pairs (recorded)</source>
        <translation>대기 중인 탐지 항목이 내보낼 쌍에 걸려 있어도 내보내기(기록됨)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>출력 폴더</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>Minimum rating</source>
        <translation>최소 평점</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>시스템 프롬프트</translation>
    </message>
    <message>
        <source>Splits</source>
        <translation>분할</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>중복</translation>
    </message>
    <message>
        <source>Extra fields</source>
        <translation>추가 필드</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Preview (first records)</source>
        <translation>미리 보기(처음 몇 개 레코드)</translation>
    </message>
    <message>
        <source>More than %1 pairs match the filters.</source>
        <translation>필터와 일치하는 쌍이 %1개를 넘습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) match the filters.</source>
        <translation><numerusform>필터와 일치하는 쌍이 %n개입니다.</numerusform></translation>
    </message>
    <message>
        <source>Pair %1 will not be written: %2</source>
        <translation>쌍 %1은(는) 쓰지 않습니다: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) in the project have pending redaction detections; the export refuses them unless the override is ticked.</source>
        <translation><numerusform>프로젝트의 쌍 %n개에 대기 중인 가림 처리 탐지 항목이 있습니다. 무시 옵션을 선택하지 않으면 내보내기에서 제외됩니다.</numerusform></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Choose an output folder first.</source>
        <translation>먼저 출력 폴더를 선택하세요.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>내보내는 중…</translation>
    </message>
    <message>
        <source>Exported %1 of %2 pairs to %3.</source>
        <translation>쌍 %2개 중 %1개를 %3(으)로 내보냈습니다.</translation>
    </message>
    <message>
        <source>Pair %1 dropped: %2 of pair %3</source>
        <translation>쌍 %1 제외됨: 쌍 %3의 %2</translation>
    </message>
    <message>
        <source>Pair %1 not written: %2</source>
        <translation>쌍 %1을(를) 쓰지 않았습니다: %2</translation>
    </message>
    <message>
        <source>Pair %1: %2 "%3" (rule %4)</source>
        <translation>쌍 %1: %2 "%3"(규칙 %4)</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>중지하는 중…</translation>
    </message>
    <message>
        <source>System prompt for every pair</source>
        <translation>모든 쌍에 사용할 시스템 프롬프트</translation>
    </message>
    <message>
        <source>Drop exact duplicates</source>
        <translation>완전 중복 제외</translation>
    </message>
    <message>
        <source>Near-duplicate similarity</source>
        <translation>유사 중복 기준 유사도</translation>
    </message>
</context>
<context>
    <name>quarry::gui::HistogramWidget</name>
    <message>
        <source>Nothing yet</source>
        <translation>아직 없음</translation>
    </message>
</context>
<context>
    <name>quarry::gui::IngestController</name>
    <message>
        <source>%1, page %2 of %3</source>
        <translation>%1, %2/%3페이지</translation>
    </message>
    <message>
        <source>Adding documents</source>
        <translation>문서 추가 중</translation>
    </message>
</context>
<context>
    <name>quarry::gui::MainWindow</name>
    <message>
        <source>Ready</source>
        <translation>준비</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>새 프로젝트(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>프로젝트 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Demo Project</source>
        <translation>데모 프로젝트 열기(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>프로젝트 닫기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Quarry</source>
        <translation>Quarry 정보(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>프로젝트(&amp;P)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 프로젝트(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>목록 지우기</translation>
    </message>
    <message>
        <source>Quarry</source>
        <translation>Quarry</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[읽기 전용]</translation>
    </message>
    <message>
        <source>%1 — Quarry</source>
        <translation>%1 — Quarry</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1을(를) 열었습니다</translation>
    </message>
    <message>
        <source>Project in use</source>
        <translation>사용 중인 프로젝트</translation>
    </message>
    <message>
        <source>%1

Open it read-only? You can look at everything but change nothing.</source>
        <translation>%1

읽기 전용으로 열까요? 모든 내용을 볼 수 있지만 바꿀 수는 없습니다.</translation>
    </message>
    <message>
        <source>Opened %1 read-only</source>
        <translation>%1을(를) 읽기 전용으로 열었습니다</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>새 프로젝트</translation>
    </message>
    <message>
        <source>Quarry projects (%1)</source>
        <translation>Quarry 프로젝트(%1)</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name.</source>
        <translation>%1이(가) 이미 있습니다. 다른 이름을 고르세요.</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>프로젝트 열기</translation>
    </message>
    <message>
        <source>Quarry projects (%1);;All files (*)</source>
        <translation>Quarry 프로젝트(%1);;모든 파일(*)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>The new language is used when Quarry starts again.</source>
        <translation>새 언어는 Quarry를 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>쌍</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>검토</translation>
    </message>
    <message>
        <source>Redactions</source>
        <translation>가림 처리</translation>
    </message>
    <message>
        <source>Adding documents cancelled</source>
        <translation>문서 추가를 취소했습니다</translation>
    </message>
    <message numerus="yes">
        <source>Added %n document(s)</source>
        <translation><numerusform>문서 %n개를 추가했습니다</numerusform></translation>
    </message>
    <message>
        <source>&amp;Add Documents…</source>
        <translation>문서 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>Add &amp;Folder…</source>
        <translation>폴더 추가(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Export Dataset…</source>
        <translation>데이터셋 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New Pair</source>
        <translation>새 쌍(&amp;N)</translation>
    </message>
    <message>
        <source>New Pair from &amp;Selection</source>
        <translation>선택 영역에서 새 쌍 만들기(&amp;S)</translation>
    </message>
    <message>
        <source>Select some of the redacted document text first (switch the document view to Redacted).</source>
        <translation>먼저 가림 처리된 문서 텍스트 일부를 선택하세요(문서 보기를 가림 처리됨으로 전환).</translation>
    </message>
    <message>
        <source>Show &amp;Source</source>
        <translation>출처 보기(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Review Pairs</source>
        <translation>쌍 검토(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;dactions</source>
        <translation>가림 처리(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>P&amp;airs</source>
        <translation>쌍(&amp;A)</translation>
    </message>
    <message>
        <source>New pair %1 created</source>
        <translation>새 쌍 %1을(를) 만들었습니다</translation>
    </message>
    <message>
        <source>This pair has no source.</source>
        <translation>이 쌍에는 출처가 없습니다.</translation>
    </message>
    <message>
        <source>The source of this pair is no longer in the project.</source>
        <translation>이 쌍의 출처가 더 이상 프로젝트에 없습니다.</translation>
    </message>
    <message>
        <source>Documents are still being added; wait for that to finish or cancel it first.</source>
        <translation>아직 문서를 추가하는 중입니다. 완료될 때까지 기다리거나 먼저 취소하세요.</translation>
    </message>
    <message>
        <source>Add Documents</source>
        <translation>문서 추가</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt *.md *.csv *.docx *.html *.htm);;All files (*)</source>
        <translation>문서(*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt *.md *.csv *.docx *.html *.htm);;모든 파일(*)</translation>
    </message>
    <message>
        <source>Add Folder</source>
        <translation>폴더 추가</translation>
    </message>
    <message>
        <source>Password Needed</source>
        <translation>암호 필요</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Enter it to add the document:</source>
        <translation>%1은(는) 암호로 보호되어 있습니다. 문서를 추가하려면 암호를 입력하세요:</translation>
    </message>
    <message>
        <source>Building the demo project</source>
        <translation>데모 프로젝트를 만드는 중</translation>
    </message>
    <message>
        <source>The demo project is ready</source>
        <translation>데모 프로젝트가 준비되었습니다</translation>
    </message>
    <message>
        <source>The demo project could not be built</source>
        <translation>데모 프로젝트를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>Documents are still being added. Stop and quit? Documents already added are kept.</source>
        <translation>아직 문서를 추가하는 중입니다. 중지하고 끝낼까요? 이미 추가된 문서는 유지됩니다.</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>통계</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>중복</translation>
    </message>
    <message>
        <source>Finding personal data failed</source>
        <translation>개인정보 찾기 실패</translation>
    </message>
    <message>
        <source>Finding personal data stopped</source>
        <translation>개인정보 찾기 중지됨</translation>
    </message>
    <message numerus="yes">
        <source>%n new detection(s), %1 accepted automatically</source>
        <translation><numerusform>새 탐지 항목 %n개, 자동 수락 %1개</numerusform></translation>
    </message>
    <message>
        <source>&amp;Find Personal Data</source>
        <translation>개인정보 찾기(&amp;F)</translation>
    </message>
    <message>
        <source>Scan every page for personal data with the project's rules; decisions already made are kept</source>
        <translation>프로젝트 규칙으로 모든 페이지에서 개인정보를 검사합니다. 이미 내린 결정은 유지됩니다</translation>
    </message>
    <message>
        <source>Possible D&amp;uplicates…</source>
        <translation>중복 후보(&amp;U)…</translation>
    </message>
    <message>
        <source>S&amp;tatistics</source>
        <translation>통계(&amp;T)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>Documents are still being added; their text is looked through when they are in.</source>
        <translation>아직 문서를 추가하는 중입니다. 추가가 끝나면 해당 문서의 텍스트도 검사합니다.</translation>
    </message>
    <message>
        <source>Review: approve</source>
        <translation>검토: 승인</translation>
    </message>
    <message>
        <source>Review: reject</source>
        <translation>검토: 거부</translation>
    </message>
    <message>
        <source>Review: next pair</source>
        <translation>검토: 다음 쌍</translation>
    </message>
    <message>
        <source>Review: previous pair</source>
        <translation>검토: 이전 쌍</translation>
    </message>
    <message>
        <source>Review: edit the pair</source>
        <translation>검토: 쌍 편집</translation>
    </message>
</context>
<context>
    <name>quarry::gui::PageImageView</name>
    <message>
        <source>Page image</source>
        <translation>페이지 이미지</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) the OCR engine was unsure of are outlined in red</source>
        <translation><numerusform>OCR 엔진이 확신하지 못한 단어 %n개가 빨간색 테두리로 표시되어 있습니다</numerusform></translation>
    </message>
</context>
<context>
    <name>quarry::gui::PageTextView</name>
    <message>
        <source>Page text</source>
        <translation>페이지 텍스트</translation>
    </message>
    <message>
        <source>Accept: redact this %1</source>
        <translation>수락: 이 %1을(를) 가림 처리</translation>
    </message>
    <message>
        <source>Reject: keep this text</source>
        <translation>거부: 이 텍스트 유지</translation>
    </message>
    <message>
        <source>Change Type</source>
        <translation>유형 변경</translation>
    </message>
    <message>
        <source>Redact As</source>
        <translation>다음 유형으로 가림 처리</translation>
    </message>
    <message>
        <source>New Pair from Selection</source>
        <translation>선택 영역에서 새 쌍 만들기</translation>
    </message>
    <message>
        <source>Pairs are written from the redacted text: switch to it first.</source>
        <translation>쌍은 가림 처리된 텍스트로 작성합니다. 먼저 가림 처리된 텍스트로 전환하세요.</translation>
    </message>
</context>
<context>
    <name>quarry::gui::PairEditor</name>
    <message>
        <source>Draft</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>검토 필요</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <source>Optional system prompt</source>
        <translation>시스템 프롬프트(선택 사항)</translation>
    </message>
    <message>
        <source>Optional context (input)</source>
        <translation>컨텍스트(입력, 선택 사항)</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>쉼표로 구분한 태그</translation>
    </message>
    <message>
        <source>No rating</source>
        <translation>평점 없음</translation>
    </message>
    <message>
        <source>Add user turn</source>
        <translation>사용자 턴 추가</translation>
    </message>
    <message>
        <source>Add assistant turn</source>
        <translation>어시스턴트 턴 추가</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>컨텍스트</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>평점</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>어시스턴트</translation>
    </message>
    <message>
        <source>Pair %1 — by %2</source>
        <translation>쌍 %1 — 작성자 %2</translation>
    </message>
    <message>
        <source>The source text of this pair changed since it was written: check it and save.</source>
        <translation>이 쌍을 작성한 뒤 출처 텍스트가 바뀌었습니다. 확인한 후 저장하세요.</translation>
    </message>
    <message>
        <source>Personal data in this pair</source>
        <translation>이 쌍의 개인정보</translation>
    </message>
    <message>
        <source>Not Personal Data</source>
        <translation>개인정보 아님</translation>
    </message>
    <message>
        <source>Keep this text as it is: the detections are marked as rejected (audited)</source>
        <translation>이 텍스트를 그대로 둡니다. 탐지 항목은 거부됨으로 표시되며 감사 기록에 남습니다</translation>
    </message>
    <message>
        <source>Possible personal data in this pair: %1. Remove it from the text, or mark it as not personal data; the export refuses pairs with undecided detections.</source>
        <translation>이 쌍에 개인정보로 보이는 내용이 있습니다: %1. 텍스트에서 지우거나 개인정보가 아니라고 표시하세요. 결정되지 않은 탐지 항목이 있는 쌍은 내보낼 수 없습니다.</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>변경 기록…</translation>
    </message>
    <message>
        <source>Who changed this pair, when, and what</source>
        <translation>이 쌍을 누가, 언제, 어떻게 바꿨는지 표시합니다</translation>
    </message>
    <message>
        <source>Exact duplicate of %1: the same turns (ignoring spacing). Change it, or reject or delete one of the two.</source>
        <translation>%1과(와) 완전히 중복됩니다: 턴 내용이 같습니다(공백 차이 무시). 이 쌍을 고치거나 둘 중 하나를 거부 또는 삭제하세요.</translation>
    </message>
    <message>
        <source>pair %1</source>
        <translation>쌍 %1</translation>
    </message>
</context>
<context>
    <name>quarry::gui::PairHistoryModel</name>
    <message numerus="yes">
        <source> (+%n more)</source>
        <translation><numerusform> (외 %n개)</numerusform></translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변경 내용</translation>
    </message>
    <message>
        <source>%1: added %2</source>
        <translation>%1: %2 추가</translation>
    </message>
    <message>
        <source>%1: removed %2</source>
        <translation>%1: %2 제거</translation>
    </message>
</context>
<context>
    <name>quarry::gui::PairHistoryView</name>
    <message>
        <source>History of Pair %1</source>
        <translation>쌍 %1 변경 기록</translation>
    </message>
    <message>
        <source>Changes to this pair, newest first</source>
        <translation>이 쌍의 변경 내역(최신순)</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>변경 세부 정보</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Nothing is recorded for pair %1.</source>
        <translation>쌍 %1에 기록된 내용이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to pair %1, newest first.</source>
        <translation><numerusform>쌍 %1의 변경 내역 %n건(최신순).</numerusform></translation>
    </message>
    <message>
        <source>Could not read the history: %1</source>
        <translation>변경 기록을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>No details recorded.</source>
        <translation>기록된 세부 정보가 없습니다.</translation>
    </message>
</context>
<context>
    <name>quarry::gui::PairListView</name>
    <message>
        <source>Warnings</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>검토 필요</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>모든 평점</translation>
    </message>
    <message>
        <source>≥ </source>
        <translation>≥ </translation>
    </message>
    <message>
        <source>Search in pairs…</source>
        <translation>쌍에서 검색…</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>상태 설정</translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation>태그 추가…</translation>
    </message>
    <message>
        <source>Remove tag…</source>
        <translation>태그 제거…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s)</source>
        <translation><numerusform>쌍 %n개</numerusform></translation>
    </message>
    <message>
        <source>Could not list the pairs: %1</source>
        <translation>쌍 목록을 가져올 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>태그 추가</translation>
    </message>
    <message>
        <source>Tag for the selected pairs:</source>
        <translation>선택한 쌍에 추가할 태그:</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>태그 제거</translation>
    </message>
    <message>
        <source>Tag to remove from the selected pairs:</source>
        <translation>선택한 쌍에서 제거할 태그:</translation>
    </message>
    <message>
        <source>Search in pairs</source>
        <translation>쌍에서 검색</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>태그 필터</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>쌍</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>변경 기록…</translation>
    </message>
</context>
<context>
    <name>quarry::gui::RedactionPanel</name>
    <message>
        <source>score ≥ </source>
        <translation>점수 ≥ </translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>페이지</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>수락</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>거부</translation>
    </message>
    <message>
        <source>Accept all of this type in the document</source>
        <translation>문서에서 이 유형을 모두 수락</translation>
    </message>
    <message>
        <source>Reject this value everywhere</source>
        <translation>모든 위치에서 이 값 거부</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>모든 유형</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>모든 규칙</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>프로젝트 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n detection(s)</source>
        <translation><numerusform>탐지 항목 %n개</numerusform></translation>
    </message>
    <message>
        <source>Redaction</source>
        <translation>가림 처리</translation>
    </message>
    <message>
        <source>Detections</source>
        <translation>탐지 항목</translation>
    </message>
</context>
<context>
    <name>quarry::gui::ReviewWidget</name>
    <message>
        <source>A approve · R reject · N next · P previous · E edit</source>
        <translation>A 승인 · R 거부 · N 다음 · P 이전 · E 편집</translation>
    </message>
    <message>
        <source>No pairs need review.</source>
        <translation>검토할 쌍이 없습니다.</translation>
    </message>
    <message>
        <source>Pair %1 — %2 of %3 to review</source>
        <translation>쌍 %1 — 검토할 쌍 %3개 중 %2번째</translation>
    </message>
    <message>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>컨텍스트</translation>
    </message>
    <message>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>어시스턴트</translation>
    </message>
    <message>
        <source>The source text changed since this pair was written.</source>
        <translation>이 쌍을 작성한 뒤 출처 텍스트가 바뀌었습니다.</translation>
    </message>
    <message>
        <source>No source linked.</source>
        <translation>연결된 출처가 없습니다.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>검토</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>승인</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>거부</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음</translation>
    </message>
</context>
<context>
    <name>quarry::gui::ScanController</name>
    <message>
        <source>Finding personal data</source>
        <translation>개인정보 찾는 중</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>%1/%2페이지</translation>
    </message>
</context>
<context>
    <name>quarry::gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>인터페이스 언어</translation>
    </message>
    <message>
        <source>OCR languages</source>
        <translation>OCR 언어</translation>
    </message>
    <message>
        <source>Tesseract languages joined with '+', for example kor+eng</source>
        <translation>'+'로 이은 Tesseract 언어(예: kor+eng)</translation>
    </message>
    <message>
        <source>Your &amp;name (author and reviewer):</source>
        <translation>이름(&amp;N)(작성자 및 검토자):</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>인터페이스 언어(&amp;L):</translation>
    </message>
    <message>
        <source>Default &amp;OCR languages:</source>
        <translation>기본 OCR 언어(&amp;O):</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>설정 페이지</translation>
    </message>
    <message>
        <source>General</source>
        <translation>일반</translation>
    </message>
    <message>
        <source>OCR</source>
        <translation>OCR</translation>
    </message>
    <message>
        <source>Redaction</source>
        <translation>가림 처리</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>테마</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>테마(&amp;T):</translation>
    </message>
    <message>
        <source>The new language is used when Quarry starts again.</source>
        <translation>새 언어는 Quarry를 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
        <source>&amp;Accept detections automatically from score:</source>
        <translation>다음 점수 이상인 탐지 항목 자동 수락(&amp;A):</translation>
    </message>
    <message>
        <source>Auto-accept score</source>
        <translation>자동 수락 점수</translation>
    </message>
    <message>
        <source>Replacement per type</source>
        <translation>유형별 대체 방식</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>대체 방식</translation>
    </message>
    <message>
        <source>Placeholder: [PHONE]</source>
        <translation>자리 표시자: [PHONE]</translation>
    </message>
    <message>
        <source>Pseudonym: [PERSON_3], the same value the same number</source>
        <translation>가명: [PERSON_3], 같은 값에는 같은 번호</translation>
    </message>
    <message>
        <source>Mask: 010-****-5678</source>
        <translation>마스킹: 010-****-5678</translation>
    </message>
    <message>
        <source>Surrogate: a fake value of the same kind</source>
        <translation>가상 값: 같은 종류의 가짜 값</translation>
    </message>
    <message>
        <source>Replacement for %1</source>
        <translation>%1 대체 방식</translation>
    </message>
    <message>
        <source>New projects start with these settings. A project keeps its own copy, so changing them here does not change existing projects.</source>
        <translation>새 프로젝트는 이 설정으로 시작합니다. 각 프로젝트는 설정 사본을 따로 보관하므로 여기서 바꿔도 기존 프로젝트에는 적용되지 않습니다.</translation>
    </message>
    <message>
        <source>Replacement in the redacted text, per type:</source>
        <translation>가림 처리된 텍스트의 유형별 대체 방식:</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>내보내기 형식</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>검토</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <source>Train share</source>
        <translation>학습 비율</translation>
    </message>
    <message>
        <source>Validation share</source>
        <translation>검증 비율</translation>
    </message>
    <message>
        <source>Test share</source>
        <translation>테스트 비율</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>검증</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>테스트</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>Keep each source document in one split</source>
        <translation>출처 문서별로 같은 분할에 유지</translation>
    </message>
    <message>
        <source>Drop exact duplicates</source>
        <translation>완전 중복 제외</translation>
    </message>
    <message>
        <source>Drop near duplicates at similarity</source>
        <translation>다음 유사도 이상의 유사 중복 제외</translation>
    </message>
    <message>
        <source>Near-duplicate similarity</source>
        <translation>유사 중복 기준 유사도</translation>
    </message>
    <message>
        <source>Per pair (project default when empty)</source>
        <translation>쌍별(비어 있으면 프로젝트 기본값)</translation>
    </message>
    <message>
        <source>The project default for every pair</source>
        <translation>모든 쌍에 프로젝트 기본값 사용</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>시스템 프롬프트</translation>
    </message>
    <message>
        <source>The export dialog starts from these options for a project that was never exported; after that, from the project's last export.</source>
        <translation>한 번도 내보낸 적이 없는 프로젝트에서는 내보내기 대화 상자가 이 옵션으로 시작하고, 그 뒤에는 프로젝트의 마지막 내보내기 설정으로 시작합니다.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>형식(&amp;F):</translation>
    </message>
    <message>
        <source>Pairs with status:</source>
        <translation>내보낼 쌍의 상태:</translation>
    </message>
    <message>
        <source>Splits:</source>
        <translation>분할:</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>시드(&amp;S):</translation>
    </message>
    <message>
        <source>Duplicates:</source>
        <translation>중복:</translation>
    </message>
    <message>
        <source>S&amp;ystem prompt:</source>
        <translation>시스템 프롬프트(&amp;Y):</translation>
    </message>
    <message>
        <source>New projects read scanned pages in these languages (Tesseract names joined with '+', for example kor+eng); a project keeps its own choice.</source>
        <translation>새 프로젝트는 스캔한 페이지를 이 언어로 읽습니다(Tesseract 언어 이름을 '+'로 연결, 예: kor+eng). 프로젝트마다 자체 설정을 유지합니다.</translation>
    </message>
</context>
<context>
    <name>quarry::gui::StatisticsView</name>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>외 %1개</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>문자 수</translation>
    </message>
    <message>
        <source>Approximate tokens</source>
        <translation>추정 토큰 수</translation>
    </message>
    <message>
        <source>Length unit</source>
        <translation>길이 단위</translation>
    </message>
    <message>
        <source>No pairs</source>
        <translation>쌍 없음</translation>
    </message>
    <message>
        <source>Length per pair</source>
        <translation>쌍별 길이</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>단위(&amp;U):</translation>
    </message>
    <message>
        <source>Pairs by status</source>
        <translation>상태별 쌍</translation>
    </message>
    <message>
        <source>Pairs by rating</source>
        <translation>평점별 쌍</translation>
    </message>
    <message>
        <source>Pairs by tag</source>
        <translation>태그별 쌍</translation>
    </message>
    <message>
        <source>Pairs by source document</source>
        <translation>출처 문서별 쌍</translation>
    </message>
    <message>
        <source>Detections by type</source>
        <translation>유형별 탐지 항목</translation>
    </message>
    <message>
        <source>Detections by status</source>
        <translation>상태별 탐지 항목</translation>
    </message>
    <message>
        <source>Documents by status</source>
        <translation>상태별 문서</translation>
    </message>
    <message>
        <source>Pages by method</source>
        <translation>추출 방식별 페이지</translation>
    </message>
    <message>
        <source>Pairs by origin</source>
        <translation>작성 방식별 쌍</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>열린 프로젝트가 없습니다.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>집계하는 중…</translation>
    </message>
    <message>
        <source>Statistics appear when this tab is shown.</source>
        <translation>이 탭을 열면 통계가 표시됩니다.</translation>
    </message>
    <message>
        <source>Pairs: %1 · Documents: %2 · Pages: %3 · Detections: %4</source>
        <translation>쌍: %1 · 문서: %2 · 페이지: %3 · 탐지 항목: %4</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>업데이트하는 중…</translation>
    </message>
    <message>
        <source>Counted at %1 in %2 ms</source>
        <translation>%1에 집계함(%2ms 소요)</translation>
    </message>
    <message>
        <source>Could not count: %1</source>
        <translation>집계할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Rating %1</source>
        <translation>평점 %1</translation>
    </message>
    <message>
        <source>Unrated</source>
        <translation>평점 없음</translation>
    </message>
    <message>
        <source>No tag</source>
        <translation>태그 없음</translation>
    </message>
    <message>
        <source>No source</source>
        <translation>출처 없음</translation>
    </message>
    <message>
        <source>User side</source>
        <translation>사용자 측</translation>
    </message>
    <message>
        <source>Assistant side</source>
        <translation>어시스턴트 측</translation>
    </message>
    <message>
        <source>Mean %1 (user) and %2 (assistant); longest %3 and %4.</source>
        <translation>평균 %1(사용자), %2(어시스턴트). 최장 %3, %4.</translation>
    </message>
    <message>
        <source>User side: the context and the user turns; assistant side: the answers.</source>
        <translation>사용자 측은 컨텍스트와 사용자 턴이고, 어시스턴트 측은 답변입니다.</translation>
    </message>
    <message>
        <source>Tokens are estimated: about 4 ASCII characters or 1 other character each.</source>
        <translation>토큰 수는 추정치입니다. ASCII 문자 약 4개 또는 그 밖의 문자 1개를 1토큰으로 계산합니다.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>검토 필요</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <source>Written here</source>
        <translation>직접 작성</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>가져옴</translation>
    </message>
    <message>
        <source>Model-generated</source>
        <translation>모델 생성</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>수락됨</translation>
    </message>
    <message>
        <source>Marked by hand</source>
        <translation>직접 표시됨</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>읽음</translation>
    </message>
    <message>
        <source>Read with OCR</source>
        <translation>OCR로 읽음</translation>
    </message>
    <message>
        <source>Read with warnings</source>
        <translation>읽음(경고 있음)</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Unsupported</source>
        <translation>지원 안 됨</translation>
    </message>
    <message>
        <source>Text layer</source>
        <translation>텍스트 레이어</translation>
    </message>
    <message>
        <source>OCR</source>
        <translation>OCR</translation>
    </message>
    <message>
        <source>No text</source>
        <translation>텍스트 없음</translation>
    </message>
</context>
<context>
    <name>quarry::gui::TaskProgressWidget</name>
    <message>
        <source>Progress</source>
        <translation>진행률</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation>실행 중인 작업을 취소합니다</translation>
    </message>
    <message>
        <source>%1 — cancelling…</source>
        <translation>%1 — 취소하는 중…</translation>
    </message>
</context>
<context>
    <name>quarry::gui::WelcomeWidget</name>
    <message>
        <source>&lt;h1&gt;Welcome to Quarry&lt;/h1&gt;&lt;p&gt;Turn your organisation's documents into clean, reviewed fine-tuning data.&lt;br&gt;Everything stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Quarry에 오신 것을 환영합니다&lt;/h1&gt;&lt;p&gt;조직의 문서를 깨끗하고 검토된 파인튜닝 데이터로 만드세요.&lt;br&gt;모든 데이터는 이 컴퓨터에 머뭅니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>새 프로젝트(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>프로젝트 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Demo Project</source>
        <translation>데모 프로젝트 열기(&amp;D)</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>최근 프로젝트</translation>
    </message>
    <message>
        <source>Recent projects:</source>
        <translation>최근 프로젝트:</translation>
    </message>
    <message>
        <source>Quarry logo</source>
        <translation>Quarry 로고</translation>
    </message>
</context>
</TS>