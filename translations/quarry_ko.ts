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
        <source>Page text</source>
        <translation>페이지 텍스트</translation>
    </message>
    <message>
        <source>Page image</source>
        <translation>페이지 이미지</translation>
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
        <source>The demo project needs the document ingest, which this build does not have yet.</source>
        <translation>데모 프로젝트에는 문서 가져오기 기능이 필요한데, 이 빌드에는 아직 없습니다.</translation>
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
</context>
<context>
    <name>quarry::gui::PairEditorPane</name>
    <message>
        <source>&lt;b&gt;Pair&lt;/b&gt;</source>
        <translation>&lt;b&gt;쌍&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Select a pair to edit it here.</source>
        <translation>쌍을 선택하면 여기에서 편집할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>quarry::gui::PairListPane</name>
    <message>
        <source>&lt;b&gt;Pairs&lt;/b&gt;</source>
        <translation>&lt;b&gt;쌍&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No pairs yet.</source>
        <translation>아직 쌍이 없습니다.</translation>
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
</context>
</TS>