<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountEditDialog</name>
    <message>
        <source>Add account</source>
        <translation>添加账户</translation>
    </message>
    <message>
        <source>Edit account %1</source>
        <translation>修改账户 %1</translation>
    </message>
    <message>
        <source>Turn on accounts</source>
        <translation>启用账户</translation>
    </message>
    <message>
        <source>&lt;p&gt;With accounts, &lt;b&gt;everyone who opens this file must sign in&lt;/b&gt; with a user name and a password, in this program and on the command line, and each account may only do what its role allows.&lt;/p&gt;&lt;p&gt;First create the administrator: you will be signed in as this account, and can then add accounts for the organ party committee, the branches and read-only users under Accounts → Manage accounts…. Keep the password safe: only an administrator can manage the accounts.&lt;/p&gt;</source>
        <translation>&lt;p&gt;启用账户后，&lt;b&gt;每个人打开这个数据文件都必须先登录&lt;/b&gt;（用户名和密码），在本程序和命令行中都是如此；每个账户只能做其角色允许的事。&lt;/p&gt;&lt;p&gt;请先创建管理员账户：创建后你将以这个账户登录，然后可以在“账户 → 管理账户…”中为机关党委、各党支部和只读用户添加账户。请妥善保管密码：只有管理员才能管理账户。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>what is typed to sign in, e.g. zhangsan</source>
        <translation>登录时输入的名称，例如 zhangsan</translation>
    </message>
    <message>
        <source>as shown in the status bar, e.g. 张三</source>
        <translation>显示在状态栏中，例如 张三</translation>
    </message>
    <message>
        <source>Disabled (cannot sign in)</source>
        <translation>停用（不能登录）</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所属组织</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>至少 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>两次输入的密码不一致，请输入相同的密码。</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所属组织</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>设置密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解除锁定(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>删除(&amp;R)…</translation>
    </message>
    <message>
        <source>A change of role or organisation applies when the account next opens the file. After %1 wrong passwords in a row an account waits before it may try again; Unlock lets it try at once.</source>
        <translation>修改角色或所属组织后，该账户下次打开文件时生效。连续输错 %1 次密码后，账户需要等待一段时间才能再试；“解除锁定”可让它立即重试。</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message numerus="yes">
        <source>locked until %1 (%n wrong password(s))</source>
        <translation>
            <numerusform>锁定至 %1（连续输错 %n 次）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wrong password(s)</source>
        <translation>
            <numerusform>输错 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the password of %1</source>
        <translation>设置 %1 的密码</translation>
    </message>
    <message>
        <source>Give the new password to %1 in person. Setting it also lets the account try again at once after wrong passwords.</source>
        <translation>请当面把新密码告诉%1。设置密码的同时也解除因输错密码造成的锁定。</translation>
    </message>
    <message>
        <source>Remove the account &quot;%1&quot;? It is the last account: afterwards nobody needs to sign in to open this file, and everyone may change everything in it.</source>
        <translation>删除账户“%1”？这是最后一个账户：删除后打开这个文件不再需要登录，任何人都可以修改其中的全部内容。</translation>
    </message>
    <message>
        <source>Remove the account &quot;%1&quot;? It can no longer sign in; what it changed stays in the file and in the audit log under its name.</source>
        <translation>删除账户“%1”？删除后它不能再登录；它所做的修改仍保留在文件中，审计日志中仍记在它的名下。</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>删除账户</translation>
    </message>
</context>
<context>
    <name>AddPersonCommand</name>
    <message>
        <source>Add person %1</source>
        <translation>新增党员 %1</translation>
    </message>
</context>
<context>
    <name>AddPostCommand</name>
    <message>
        <source>Add post %1 for %2</source>
        <translation>为 %2 新增职务：%1</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Dangjian Desk: party-building work for government departments</source>
        <translation>机关党建工作台：党政机关党建工作管理软件</translation>
    </message>
    <message>
        <source>Interface language (zh_CN or en).</source>
        <translation>界面语言（zh_CN 或 en）。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Open the demo department (created on first use).</source>
        <translation>打开示例单位（首次使用时自动创建）。</translation>
    </message>
    <message>
        <source>Data file (.djdb) to open, or package (.djpkg) to import.</source>
        <translation>要打开的数据文件（.djdb），或要导入的数据包（.djpkg）。</translation>
    </message>
</context>
<context>
    <name>AreaGridModel</name>
    <message>
        <source>%1: %2 points; entered by %3</source>
        <translation>%1：得 %2 分；录入人 %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织名称</translation>
    </message>
    <message>
        <source>%1 %2
Rule: %3 — %4; at most %5 points</source>
        <translation>%1 %2
评分方式：%3 — %4；满分 %5 分</translation>
    </message>
</context>
<context>
    <name>AssessChart</name>
    <message>
        <source>Total</source>
        <translation>综合得分</translation>
    </message>
    <message>
        <source>Average of all</source>
        <translation>全部组织平均</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>组织数</translation>
    </message>
</context>
<context>
    <name>AssessChartsTab</name>
    <message>
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Areas of a branch (radar)</source>
        <translation>一级指标得分（雷达图）</translation>
    </message>
    <message>
        <source>Grade distribution</source>
        <translation>等次分布</translation>
    </message>
    <message>
        <source>A branch over the years</source>
        <translation>历年得分趋势</translation>
    </message>
    <message>
        <source>Spread of the report ballots</source>
        <translation>述职评议票分布</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>保存为图片(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Print chart…</source>
        <translation>打印图表(&amp;P)…</translation>
    </message>
    <message>
        <source>%1 ranking: the first %2 of %3</source>
        <translation>%1 年度排名：%3 个组织中的前 %2 名</translation>
    </message>
    <message>
        <source>%1 ranking by total</source>
        <translation>%1 年度综合得分排名</translation>
    </message>
    <message>
        <source>%1 areas: %2 against the average</source>
        <translation>%1 年度一级指标得分率：%2 与平均水平对比</translation>
    </message>
    <message>
        <source>to decide</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>%1 grades</source>
        <translation>%1 年度等次分布</translation>
    </message>
    <message>
        <source>%1 over the years</source>
        <translation>%1 历年综合得分</translation>
    </message>
    <message>
        <source>%1 report ballots per branch (in rank order)</source>
        <translation>%1 年度各支部述职评议得分分布（按名次排列）</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>The chart could not be written to %1.</source>
        <translation>图表无法写入 %1。</translation>
    </message>
    <message>
        <source> (draft)</source>
        <translation>（草稿）</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>未录入</translation>
    </message>
</context>
<context>
    <name>AssessOrgsDialog</name>
    <message>
        <source>Organisations assessed</source>
        <translation>参加考核的组织</translation>
    </message>
    <message>
        <source> (general branch)</source>
        <translation>（党总支）</translation>
    </message>
    <message>
        <source>Tick the organisations assessed this year. What was entered for one taken out is kept and counts again when it is ticked back.</source>
        <translation>勾选本年度参加考核的组织。取消勾选的组织，已录入的内容仍保留，重新勾选后继续计入。</translation>
    </message>
</context>
<context>
    <name>AssessPage</name>
    <message>
        <source>S&amp;chemes…</source>
        <translation>指标体系(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>新建年度考核(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Rules…</source>
        <translation>考核规则(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Explain the total…</source>
        <translation>综合得分说明(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Decide a tied grade…</source>
        <translation>确定同分等次(&amp;D)…</translation>
    </message>
    <message>
        <source>Score &amp;forms as PDF…</source>
        <translation>导出评分表 PDF(&amp;F)…</translation>
    </message>
    <message>
        <source>Blank &amp;ballot as PDF…</source>
        <translation>导出空白评议票 PDF(&amp;B)…</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>考核结果</translation>
    </message>
    <message>
        <source>Daily scores</source>
        <translation>日常考核</translation>
    </message>
    <message>
        <source>Party group evaluation</source>
        <translation>党组评价</translation>
    </message>
    <message>
        <source>Report ballots</source>
        <translation>述职评议</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>量化考核</translation>
    </message>
    <message>
        <source>%1 (sealed)</source>
        <translation>%1（已封存）</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>解除封存(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Seal…</source>
        <translation>封存(&amp;S)…</translation>
    </message>
    <message>
        <source>No assessment yet: start one with New assessment.</source>
        <translation>尚未建立量化考核，请点击“新建年度考核”开始。</translation>
    </message>
    <message>
        <source>%1 organisations</source>
        <translation>参加考核组织 %1 个</translation>
    </message>
    <message>
        <source>weights %1/%2/%3</source>
        <translation>权重 %1/%2/%3</translation>
    </message>
    <message>
        <source>grades %1 by %2</source>
        <translation>等次 %1（按%2评定）</translation>
    </message>
    <message>
        <source>quota</source>
        <translation>比例名额</translation>
    </message>
    <message>
        <source>thresholds</source>
        <translation>分数线</translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s) to decide</source>
        <translation>
            <numerusform>%n 组同分待确定等次</numerusform>
        </translation>
    </message>
    <message>
        <source>Sealed. </source>
        <translation>已封存。</translation>
    </message>
    <message>
        <source>Change the assessment rules</source>
        <translation>修改考核规则</translation>
    </message>
    <message>
        <source>Reopen the %1 assessment</source>
        <translation>解除 %1 年度量化考核的封存</translation>
    </message>
    <message>
        <source>Why is it reopened? The reason is recorded.</source>
        <translation>为什么要解除封存？原因将被记录在案。</translation>
    </message>
    <message>
        <source>The assessment cannot be sealed yet:

%1</source>
        <translation>量化考核暂不能封存：

%1</translation>
    </message>
    <message>
        <source>Seal the %1 assessment</source>
        <translation>封存 %1 年度量化考核</translation>
    </message>
    <message>
        <source>After sealing nothing in this year&apos;s assessment can change until it is reopened with a recorded reason. Seal it now?</source>
        <translation>封存后，本年度量化考核的任何内容均不能修改，除非填写原因并解除封存。确定现在封存吗？</translation>
    </message>
    <message>
        <source>Select an organisation in the results first.</source>
        <translation>请先在考核结果中选择一个组织。</translation>
    </message>
    <message>
        <source>Select an organisation whose total ties with another across a quota boundary.</source>
        <translation>请选择一个在比例名额分界处与其他组织综合得分相同的组织。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n place(s)</source>
        <translation>
            <numerusform>%1：%n 个名额</numerusform>
        </translation>
    </message>
    <message>
        <source>Decide the grade of %1</source>
        <translation>确定“%1”的等次</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) tie at %1; the quota gives %2. Grade of %3:</source>
        <translation>
            <numerusform>%n 个组织的综合得分同为 %1；比例名额为：%2。“%3”的等次：</numerusform>
        </translation>
    </message>
    <message>
        <source>Decide a grade</source>
        <translation>确定等次</translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation>满意度测评</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Secretaries&apos; &amp;table as PDF…</source>
        <translation>书记考核参考表 PDF(&amp;T)…</translation>
    </message>
    <message>
        <source>Organi&amp;sations…</source>
        <translation>参加考核组织(&amp;S)…</translation>
    </message>
    <message>
        <source>Change the organisations assessed</source>
        <translation>调整参加考核的组织</translation>
    </message>
    <message>
        <source>Draft: values are still to be entered. Daily assessment: %1 organisation(s) without a reviewed value, %2 self-assessed value(s) not reviewed; party group evaluation: %3 organisation(s) without a mark, %4 mark(s) missing; report ballots: %5 organisation(s) without a ballot. Totals and grades marked (draft) are not final, and the year cannot be sealed until they are entered.</source>
        <translation>草稿：尚有考核数值未录入。日常考核：%1 个组织没有审核值，%2 项自评未审核；党组评价：%3 个组织没有评分，缺 %4 个评分；述职评议：%5 个组织没有评议票。标“草稿”的综合得分和等次不是最终结果，录齐之前不能封存。</translation>
    </message>
    <message>
        <source>Entered by: (asked at the first entry)</source>
        <translation>录入人：（首次录入时填写）</translation>
    </message>
    <message>
        <source>Entered by: %1</source>
        <translation>录入人：%1</translation>
    </message>
    <message>
        <source>The account signed in enters the scores.</source>
        <translation>由当前登录的账号录入。</translation>
    </message>
    <message>
        <source>Click to change who enters the scores.</source>
        <translation>点击更换录入人。</translation>
    </message>
    <message>
        <source>Signed in for a branch: you enter your organisation&apos;s self-assessment (自评). The review (审核), grade decisions, sealing and the pairs are for the organ party committee and administrators.</source>
        <translation>当前以支部账号登录：您录入本组织的自评。审核、等次认定、封存和结对由机关党委和管理员办理。</translation>
    </message>
</context>
<context>
    <name>AssessResultModel</name>
    <message>
        <source>to decide</source>
        <translation>待确定</translation>
    </message>
    <message>
        <source>veto</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <source>tie across a quota boundary</source>
        <translation>比例名额分界处同分</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>组织代码</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织名称</translation>
    </message>
    <message>
        <source>Daily (on 100)</source>
        <translation>日常考核（百分制）</translation>
    </message>
    <message>
        <source>Party group</source>
        <translation>党组评价</translation>
    </message>
    <message>
        <source>Report ballots</source>
        <translation>述职评议</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>综合得分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等次</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>未录入</translation>
    </message>
    <message>
        <source>%1 (draft)</source>
        <translation>%1（草稿）</translation>
    </message>
    <message>
        <source>pending entry</source>
        <translation>待录入</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the notes of a row</comment>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>AssessSettingsDialog</name>
    <message>
        <source>Rules of the %1 assessment</source>
        <translation>%1 年度量化考核规则</translation>
    </message>
    <message>
        <source>Daily assessment (日常量化考核)</source>
        <translation>日常量化考核</translation>
    </message>
    <message>
        <source>Party group evaluation (党组评价)</source>
        <translation>党组评价</translation>
    </message>
    <message>
        <source>Report and review (述职评议)</source>
        <translation>述职评议</translation>
    </message>
    <message>
        <source>By thresholds of the total</source>
        <translation>按综合得分分数线</translation>
    </message>
    <message>
        <source>By quotas (shares of the organisations)</source>
        <translation>按比例名额（占参加考核组织的比例）</translation>
    </message>
    <message>
        <source>Grade &amp;scale:</source>
        <translation>等次档次(&amp;S)：</translation>
    </message>
    <message>
        <source>Grades &amp;by:</source>
        <translation>等次评定方式(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Limits:</source>
        <translation>分数线/比例(&amp;L)：</translation>
    </message>
    <message>
        <source>Ballot words count:</source>
        <translation>评议等次折算分值：</translation>
    </message>
    <message>
        <source>Drop highest and lowest from:</source>
        <translation>去掉最高分和最低分的最少票数：</translation>
    </message>
    <message>
        <source>The lowest total of each grade but the last, best first (for %1: %2).</source>
        <translation>除最后一个等次外，各等次的最低综合得分，按等次从高到低填写（%1：%2）。</translation>
    </message>
    <message>
        <source>The share in percent of each grade, best first; “rest” for the one that takes the rest. Grades above it get at most their share, grades below it at least theirs; counts round down. Equal totals across a boundary are left for you to decide.</source>
        <translation>各等次所占的百分比，按等次从高到低填写；取其余名额的等次填“其余”。该等次以上的各等次名额不超过其比例，以下的各等次名额不少于其比例；名额数向下取整。分界处综合得分相同的，由您确定等次。</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <extracomment>审计日志</extracomment>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Any</source>
        <extracomment>an empty date in the search: 不限</extracomment>
        <translation>不限</translation>
    </message>
    <message>
        <source>Row id</source>
        <extracomment>行号（记录的 id）</extracomment>
        <translation>记录编号</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <extracomment>the last day searched, included: 至</extracomment>
        <translation>至</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Verify the chain</source>
        <extracomment>校验日志链</extracomment>
        <translation>校验日志链</translation>
    </message>
    <message>
        <source>Checks every entry of the log against the one before it, so that entries changed or removed with another program are found.</source>
        <translation>逐条核对每条日志与其前一条的链接，查出用其他程序修改或删除的记录。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Writes every entry the search finds to a CSV file, not only those listed.</source>
        <translation>将查询到的全部记录（不仅是列出的）写入 CSV 文件。</translation>
    </message>
    <message>
        <source>Only an administrator or the organ party committee may read the audit log; you are signed in as %1 (%2).</source>
        <translation>只有管理员或机关党委可以查看审计日志；您当前登录的是 %1（%2）。</translation>
    </message>
    <message>
        <source>This data file has no audit log.</source>
        <translation>此数据文件没有审计日志。</translation>
    </message>
    <message>
        <source>All users</source>
        <extracomment>全部用户</extracomment>
        <translation>全部用户</translation>
    </message>
    <message>
        <source>All tables</source>
        <extracomment>全部表</extracomment>
        <translation>全部表</translation>
    </message>
    <message>
        <source>All changes</source>
        <extracomment>全部操作</extracomment>
        <translation>全部操作</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s) found; the newest %1 are listed. Narrow the search to see older ones.</source>
        <translation>
            <numerusform>共 %Ln 条，仅列出最新的 %1 条。请缩小查询范围以查看更早的记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s) found.</source>
        <translation>
            <numerusform>共 %Ln 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the audit log…</source>
        <translation>正在校验审计日志…</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>校验已取消。</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %Ln entry(s) checked, none changed or missing. Its head is %1 — note it down to compare with later.</source>
        <translation>
            <numerusform>审计日志完好：已校验 %Ln 条，无修改或缺失。日志链头为 %1，请记下以便日后核对。</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log does not pass the check: %1</source>
        <translation>审计日志未通过校验：%1</translation>
    </message>
    <message>
        <source>audit-log-%1.csv</source>
        <extracomment>file name suggested for the export: 审计日志-20261124.csv</extracomment>
        <translation>审计日志-%1.csv</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the audit log…</source>
        <translation>正在导出审计日志…</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>导出已取消，未写入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s) written to %1.</source>
        <translation>
            <numerusform>已将 %Ln 条记录写入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Entry %1, at %2 (UTC)</source>
        <translation>第 %1 条，时间 %2（UTC）</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>时间</extracomment>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <extracomment>用户</extracomment>
        <translation>用户</translation>
    </message>
    <message>
        <source>Table</source>
        <extracomment>表</extracomment>
        <translation>表</translation>
    </message>
    <message>
        <source>Row</source>
        <extracomment>行</extracomment>
        <translation>行</translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>操作</extracomment>
        <translation>操作</translation>
    </message>
    <message>
        <source>Digest before</source>
        <extracomment>变更前摘要</extracomment>
        <translation>变更前摘要</translation>
    </message>
    <message>
        <source>Digest after</source>
        <extracomment>变更后摘要</extracomment>
        <translation>变更后摘要</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>BallotTab</name>
    <message>
        <source>Ballot</source>
        <translation>票号</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>录入次序</translation>
    </message>
    <message>
        <source>Rater</source>
        <translation>评议人类别</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>评分项数</translation>
    </message>
    <message>
        <source>Ballots typed:</source>
        <translation>已录入的评议票：</translation>
    </message>
    <message>
        <source>Where the two typings disagree (blocks sealing):</source>
        <translation>两次录入不一致之处（处理前不能封存）：</translation>
    </message>
    <message>
        <source>Type a ballot</source>
        <translation>录入评议票</translation>
    </message>
    <message>
        <source>First typing</source>
        <translation>第一次录入</translation>
    </message>
    <message>
        <source>Second typing (double entry)</source>
        <translation>第二次录入（双人录入）</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织名称</translation>
    </message>
    <message>
        <source>Mark (0–100 or 好/较好/一般/差)</source>
        <translation>评分（0–100 或 好/较好/一般/差）</translation>
    </message>
    <message>
        <source>&amp;Save ballot</source>
        <translation>保存评议票(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;New ballot</source>
        <translation>新建评议票(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Remove this typing</source>
        <translation>删除本次录入(&amp;R)</translation>
    </message>
    <message>
        <source>Ballot &amp;number:</source>
        <translation>票号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Typing:</source>
        <translation>录入次序(&amp;T)：</translation>
    </message>
    <message>
        <source>Rater &amp;kind:</source>
        <translation>评议人类别(&amp;K)：</translation>
    </message>
    <message>
        <source>first</source>
        <translation>第一次</translation>
    </message>
    <message>
        <source>second</source>
        <translation>第二次</translation>
    </message>
    <message>
        <source>Ballot %1: rater kind “%2” / “%3”</source>
        <translation>评议票 %1：评议人类别“%2”/“%3”</translation>
    </message>
    <message>
        <source>Ballot %1, %2: “%3” / “%4”</source>
        <translation>评议票 %1，%2：“%3”/“%4”</translation>
    </message>
    <message>
        <source>None: every ballot typed twice agrees.</source>
        <translation>无：所有录入两次的评议票均一致。</translation>
    </message>
    <message>
        <source>Give the ballot its number (票号) as written on the paper.</source>
        <translation>请按纸质评议票上所写的编号填写票号。</translation>
    </message>
    <message>
        <source>The ballot has no marks; type at least one.</source>
        <translation>该评议票没有评分，请至少录入一项。</translation>
    </message>
    <message>
        <source>Type ballot %1</source>
        <translation>录入评议票 %1</translation>
    </message>
    <message>
        <source>There is no typing of ballot %1 to remove.</source>
        <translation>评议票 %1 没有可删除的录入。</translation>
    </message>
    <message>
        <source>Remove ballot %1</source>
        <translation>删除评议票 %1</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>至少 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <source>The two new passwords differ: type the same password twice.</source>
        <translation>两次输入的新密码不一致，请输入相同的密码。</translation>
    </message>
</context>
<context>
    <name>ConflictFieldsModel</name>
    <message numerus="yes">
        <source>(%n byte(s) of data)</source>
        <translation>
            <numerusform>（%n 字节数据）</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>This office</source>
        <extracomment>本单位</extracomment>
        <translation>本单位</translation>
    </message>
    <message>
        <source>The other office</source>
        <extracomment>对方</extracomment>
        <translation>对方</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>采用对方</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>These rows were changed both here and at another office since the two last shared them. Nothing is lost while they wait: both versions are kept. Decide which is right; the decision travels with the next package.</source>
        <translation>这些数据行自上次交换以来，本单位和另一单位都做了修改。等待处理期间两个版本都会保留，不会丢失。请确定哪个正确；处理结果会随下一个数据包发出。</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>数据行</translation>
    </message>
    <message>
        <source>Other office</source>
        <translation>对方单位</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Show settled conflicts</source>
        <translation>显示已处理的冲突</translation>
    </message>
    <message>
        <source>Keep this office&apos;s version</source>
        <extracomment>保留本单位</extracomment>
        <translation>保留本单位</translation>
    </message>
    <message>
        <source>Take the other office&apos;s version</source>
        <extracomment>采用对方</extracomment>
        <translation>采用对方</translation>
    </message>
    <message>
        <source>Merge: theirs in the ticked fields</source>
        <extracomment>按所选字段合并</extracomment>
        <translation>按所选字段合并</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>settled %1 (%2)</source>
        <translation>已于 %1 处理（%2）</translation>
    </message>
    <message>
        <source>%1 “%2”: changed here and at %3. The differing fields are highlighted.</source>
        <translation>%1“%2”：本单位和 %3 都做了修改。不同的字段已突出显示。</translation>
    </message>
    <message>
        <source>No conflict is waiting for a decision.</source>
        <translation>没有待处理的冲突。</translation>
    </message>
</context>
<context>
    <name>DailyScoreModel</name>
    <message>
        <source>met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>%1 times</source>
        <translation>%1 次</translation>
    </message>
    <message>
        <source>veto</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <source>%1
Rule: %2 — %3</source>
        <translation>%1
评分方式：%2 — %3</translation>
    </message>
    <message>
        <source>Entered by %1 at %2</source>
        <translation>录入人：%1，录入时间：%2</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（不详）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>指标编号</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>一级指标</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>考核指标</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>评分方式</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>自评</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>Enter the self-assessment of %1 before its note.</source>
        <translation>请先填写考核指标 %1 的自评，再填写自评说明。</translation>
    </message>
    <message>
        <source>Enter the reviewed value of %1 before its note.</source>
        <translation>请先填写考核指标 %1 的审核值，再填写审核说明。</translation>
    </message>
    <message>
        <source>Self-assessment note</source>
        <translation>自评说明</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>审核说明</translation>
    </message>
</context>
<context>
    <name>DailyScoreTab</name>
    <message>
        <source>Add &amp;evidence…</source>
        <translation>添加佐证材料(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Open evidence</source>
        <translation>打开佐证材料(&amp;O)</translation>
    </message>
    <message>
        <source>Daily score: %1 of %2 points = %3 on 100%4</source>
        <translation>日常考核得分：%1 分（满分 %2 分），折合百分制 %3 分%4</translation>
    </message>
    <message>
        <source> (sealed)</source>
        <translation>（已封存）</translation>
    </message>
    <message>
        <source>Enter a score</source>
        <translation>录入评分</translation>
    </message>
    <message>
        <source>Enter the indicator&apos;s value first; the evidence proves that value.</source>
        <translation>请先填写该考核指标的数值；佐证材料用于证明该数值。</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>选择佐证材料</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>添加佐证材料</translation>
    </message>
    <message>
        <source>The selected indicator has no evidence files.</source>
        <translation>所选考核指标没有佐证材料。</translation>
    </message>
    <message>
        <source>One organisation&apos;s form</source>
        <translation>按组织逐项录入</translation>
    </message>
    <message>
        <source>One area, all organisations</source>
        <translation>按一级指标录入全部组织</translation>
    </message>
    <message>
        <source>Reviewed values (审核) of every organisation; points show in each cell&apos;s tip.</source>
        <translation>各组织的审核值；鼠标停留在单元格上可查看得分。</translation>
    </message>
    <message>
        <source>Select a cell to see its indicator&apos;s rule and maximum.</source>
        <translation>选中一个单元格，这里显示该指标的评分方式和满分。</translation>
    </message>
    <message>
        <source>Reviewed values (审核) of every organisation, entered by the organ party committee: your account reads them and enters its self-assessment (自评) in the form.</source>
        <translation>各组织的审核值由机关党委录入：您的账号只能查看，自评请在单个组织的表格中录入。</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Organisations and members</source>
        <translation>组织和党员概况</translation>
    </message>
    <message>
        <source>Full members</source>
        <translation>正式党员</translation>
    </message>
    <message>
        <source>Probationary members</source>
        <translation>预备党员</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>组织类型</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>任期届满日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>组织代码</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1&#x3000;%2</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>已超期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>还有 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Branches without a secretary (%1)</source>
        <translation>未配备书记的党支部（%1）</translation>
    </message>
    <message>
        <source>Committee terms ending within 6 months or overdue (%1)</source>
        <translation>6 个月内任期届满或已超期未换届的组织（%1）</translation>
    </message>
    <message>
        <source>Overdue responsibility items</source>
        <translation>逾期未完成的责任事项</translation>
    </message>
    <message>
        <source>List</source>
        <translation>清单</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Overdue responsibility items (%1; the oldest %2 shown)</source>
        <translation>逾期未完成的责任事项（共 %1 项，显示最早的 %2 项）</translation>
    </message>
    <message>
        <source>Overdue responsibility items (%1)</source>
        <translation>逾期未完成的责任事项（%1）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Count again and look for overdue items (F5)</source>
        <translation>重新统计并查找逾期事项（F5）</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <source>Type the date as 2026-11-20, 2026.11.20, 2026/11/20, 2026年11月20日 or 20261120.</source>
        <translation>日期可写作 2026-11-20、2026.11.20、2026/11/20、2026年11月20日 或 20261120。</translation>
    </message>
    <message>
        <source>Choose the date on a calendar</source>
        <translation>在日历上选择日期</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>请填写日期。</translation>
    </message>
    <message>
        <source>The date cannot be before %1.</source>
        <translation>日期不能早于 %1。</translation>
    </message>
    <message>
        <source>The date cannot be after %1.</source>
        <translation>日期不能晚于 %1。</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未填写</translation>
    </message>
</context>
<context>
    <name>DissolveOrgDialog</name>
    <message>
        <source>Dissolve %1</source>
        <translation>撤销 %1</translation>
    </message>
    <message>
        <source>The organisation and its history are kept; its current posts end on this date.</source>
        <translation>该组织及其历史记录予以保留；其现任职务于此日期终止。</translation>
    </message>
    <message>
        <source>&amp;Dissolved on:</source>
        <translation>撤销日期(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>DutyChartsPanel</name>
    <message>
        <source>Party group</source>
        <translation>党组</translation>
    </message>
    <message>
        <source>Leading group</source>
        <translation>领导小组</translation>
    </message>
    <message>
        <source>Organ committee</source>
        <translation>机关党委</translation>
    </message>
    <message>
        <source>General branches</source>
        <translation>党总支</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>Group secretary</source>
        <translation>党组书记</translation>
    </message>
    <message>
        <source>Group members</source>
        <translation>党组成员</translation>
    </message>
    <message>
        <source>Committee secretary</source>
        <translation>机关党委书记</translation>
    </message>
    <message>
        <source>Full-time deputy</source>
        <translation>专职副书记</translation>
    </message>
    <message>
        <source>Branch secretaries</source>
        <translation>支部书记</translation>
    </message>
    <message>
        <source>Completion by level, %1</source>
        <translation>各层级完成情况（%1）</translation>
    </message>
    <message>
        <source>Completion by post, %1</source>
        <translation>各岗位完成情况（%1）</translation>
    </message>
    <message>
        <source>Completion by category, %1</source>
        <translation>各类别完成情况（%1）</translation>
    </message>
</context>
<context>
    <name>DutyEdits</name>
    <message>
        <source>Add an item</source>
        <translation>添加事项</translation>
    </message>
    <message>
        <source>Add item %1</source>
        <translation>添加事项 %1</translation>
    </message>
    <message>
        <source>Edit item %1</source>
        <translation>编辑事项 %1</translation>
    </message>
    <message>
        <source>Retire %1</source>
        <translation>停用 %1</translation>
    </message>
    <message>
        <source>Reinstate %1</source>
        <translation>恢复 %1</translation>
    </message>
    <message>
        <source>Remove record</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <source>Remove the record of %1 (%2)? Edit → Undo brings it back.</source>
        <translation>删除 %1 的记录（%2）？可通过“编辑 → 撤销”恢复。</translation>
    </message>
    <message>
        <source>Remove record of %1</source>
        <translation>删除 %1 的记录</translation>
    </message>
</context>
<context>
    <name>DutyItemDialog</name>
    <message>
        <source>MM-DD, such as 03-31</source>
        <translation>月-日，例如 03-31</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Item:</source>
        <translation>事项：</translation>
    </message>
    <message>
        <source>What it requires:</source>
        <translation>具体内容：</translation>
    </message>
    <message>
        <source>Frequency:</source>
        <translation>频次：</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>时限：</translation>
    </message>
    <message>
        <source>Times per period:</source>
        <translation>每期应完成次数：</translation>
    </message>
    <message>
        <source>Evidence expected:</source>
        <translation>佐证材料：</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>编号：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Carries out:</source>
        <translation>落实上级事项：</translation>
    </message>
</context>
<context>
    <name>DutyItemModel</name>
    <message>
        <source>by %1/%2</source>
        <translation>%1月%2日前</translation>
    </message>
    <message>
        <source>Retired %1</source>
        <translation>已停用 %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Done/due</source>
        <translation>完成/应完成</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>DutyPage</name>
    <message>
        <source>Whole year</source>
        <translation>全年</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>第 %1 季度</translation>
    </message>
    <message>
        <source>Filter lists by organisation or name</source>
        <translation>按组织或姓名筛选清单</translation>
    </message>
    <message>
        <source>&amp;Generate the year&apos;s lists…</source>
        <translation>生成年度清单(&amp;G)…</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>Lists and records</source>
        <translation>清单与履责纪实</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <source>List</source>
        <translation>清单</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Add item…</source>
        <translation>添加事项…</translation>
    </message>
    <message>
        <source>Edit item…</source>
        <translation>编辑事项…</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>履责情况</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>&amp;Record work…</source>
        <translation>记录履责(&amp;R)…</translation>
    </message>
    <message>
        <source>Edit record…</source>
        <translation>编辑记录…</translation>
    </message>
    <message>
        <source>Remove record</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <source>Work recorded on the selected item (履责纪实):</source>
        <translation>所选事项的履责纪实：</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1年</translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <translation>%1年第%2季度</translation>
    </message>
    <message>
        <source>There are no responsibility lists for %1 yet. Generate them from the templates: one per organisation of each level and one per holder of the five posts.</source>
        <translation>%1 年度尚无责任清单。请根据模板生成：各层级组织每个一份，五个岗位的任职人员每人一份。</translation>
    </message>
    <message>
        <source>%1: %2 lists. Done %3 of %4 times due so far (%5); %6 periods late.</source>
        <translation>%1：清单 %2 份。截至目前应完成 %4 次，已完成 %3 次（%5）；逾期 %6 次。</translation>
    </message>
    <message>
        <source>Choose a list on the left.</source>
        <translation>请在左侧选择清单。</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is retired; reinstate it before recording work on it.</source>
        <translation>“%1”已停用；如需记录，请先恢复该事项。</translation>
    </message>
    <message>
        <source>Record of duties as PDF…</source>
        <translation>履责纪实导出 PDF…</translation>
    </message>
    <message>
        <source>履责纪实 of the selected list&apos;s organisation, or of its person for a post list</source>
        <translation>所选清单所属组织的履责纪实；岗位清单则为该人员的履责纪实</translation>
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation>清单模板(&amp;T)…</translation>
    </message>
    <message>
        <source>Show all lists</source>
        <translation>显示全部清单</translation>
    </message>
    <message>
        <source>Reading the lists of %1…</source>
        <translation>正在读取 %1 年度的清单…</translation>
    </message>
    <message>
        <source>No lists of %1 match; &quot;Show all lists&quot; shows them all.</source>
        <translation>%1 年度没有符合条件的清单；点“显示全部清单”可查看全部。</translation>
    </message>
</context>
<context>
    <name>DutyRecordDialog</name>
    <message>
        <source>Record work — %1</source>
        <translation>记录履责 — %1</translation>
    </message>
    <message>
        <source>Edit record — %1</source>
        <translation>编辑记录 — %1</translation>
    </message>
    <message>
        <source>Evidence expected: %1</source>
        <translation>佐证材料要求：%1</translation>
    </message>
    <message>
        <source>(not specified)</source>
        <translation>（未规定）</translation>
    </message>
    <message>
        <source>What was done: meeting, participants, outcome …</source>
        <translation>完成情况：会议、参加人员、成果……</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>Done on:</source>
        <translation>完成日期：</translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation>履责情况：</translation>
    </message>
    <message>
        <source>Recorded by:</source>
        <translation>记录人：</translation>
    </message>
    <message>
        <source>Evidence files:</source>
        <translation>佐证材料：</translation>
    </message>
    <message>
        <source>Drop files here to attach them (at most %1 each).</source>
        <translation>可将文件拖放到此处作为佐证材料（每个不超过 %1）。</translation>
    </message>
    <message>
        <source>%1  (%2, to be added)</source>
        <translation>%1  （%2，待添加）</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>%1 is %2; evidence files may be at most %3.</source>
        <translation>%1 大小为 %2；佐证材料每个文件不能超过 %3。</translation>
    </message>
    <message>
        <source>No program is set up to open %1.</source>
        <translation>没有可以打开 %1 的程序。</translation>
    </message>
    <message>
        <source>Record work on %1</source>
        <translation>记录履责：%1</translation>
    </message>
    <message>
        <source>Edit record of %1</source>
        <translation>编辑记录：%1</translation>
    </message>
    <message>
        <source>%1 is not a document or picture, so it is not opened here.</source>
        <translation>%1 不是文档或图片，这里不直接打开它。</translation>
    </message>
</context>
<context>
    <name>EditPersonCommand</name>
    <message>
        <source>Edit person %1</source>
        <translation>编辑党员信息 %1</translation>
    </message>
</context>
<context>
    <name>EndPostCommand</name>
    <message>
        <source>End post %1</source>
        <translation>结束任职：%1</translation>
    </message>
</context>
<context>
    <name>EnteredByDialog</name>
    <message>
        <source>Who is entering?</source>
        <translation>录入人</translation>
    </message>
    <message>
        <source>Your name is recorded with every score, mark and ballot you enter in this session, and shown in the explanation of each total.</source>
        <translation>本次录入的每项得分、评分和评议票都记下您的姓名，并在得分说明中显示。</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>录入人姓名</translation>
    </message>
    <message>
        <source>&amp;Entered by:</source>
        <translation>录入人(&amp;E)：</translation>
    </message>
    <message>
        <source>Give your name: nothing is stored without it.</source>
        <translation>请填写姓名：不填写录入人，什么都不会保存。</translation>
    </message>
</context>
<context>
    <name>ExchangeTableNames</name>
    <message>
        <source>Organisation</source>
        <extracomment>组织</extracomment>
        <translation>组织</translation>
    </message>
    <message>
        <source>Member</source>
        <extracomment>党员</extracomment>
        <translation>党员</translation>
    </message>
    <message>
        <source>Membership</source>
        <extracomment>组织关系</extracomment>
        <translation>组织关系</translation>
    </message>
    <message>
        <source>Post</source>
        <extracomment>职务</extracomment>
        <translation>职务</translation>
    </message>
    <message>
        <source>List template</source>
        <extracomment>清单模板</extracomment>
        <translation>清单模板</translation>
    </message>
    <message>
        <source>Template item</source>
        <extracomment>模板条目</extracomment>
        <translation>模板条目</translation>
    </message>
    <message>
        <source>Responsibility list</source>
        <extracomment>责任清单</extracomment>
        <translation>责任清单</translation>
    </message>
    <message>
        <source>List item</source>
        <extracomment>清单条目</extracomment>
        <translation>清单条目</translation>
    </message>
    <message>
        <source>Record of work done</source>
        <extracomment>履责纪实</extracomment>
        <translation>履责纪实</translation>
    </message>
    <message>
        <source>Evidence</source>
        <extracomment>佐证材料</extracomment>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>Assessment scheme</source>
        <extracomment>考核方案</extracomment>
        <translation>考核方案</translation>
    </message>
    <message>
        <source>Indicator</source>
        <extracomment>考核指标</extracomment>
        <translation>考核指标</translation>
    </message>
    <message>
        <source>Yearly assessment</source>
        <extracomment>年度考核</extracomment>
        <translation>年度考核</translation>
    </message>
    <message>
        <source>Assessed organisation</source>
        <extracomment>参评组织</extracomment>
        <translation>参评组织</translation>
    </message>
    <message>
        <source>Daily assessment score</source>
        <extracomment>日常考核得分</extracomment>
        <translation>日常考核得分</translation>
    </message>
    <message>
        <source>Party group evaluation</source>
        <extracomment>党组评价</extracomment>
        <translation>党组评价</translation>
    </message>
    <message>
        <source>Report ballot</source>
        <extracomment>述职评议票</extracomment>
        <translation>述职评议票</translation>
    </message>
    <message>
        <source>Pairing</source>
        <extracomment>结对</extracomment>
        <translation>结对</translation>
    </message>
    <message>
        <source>Seal record</source>
        <extracomment>封存记录</extracomment>
        <translation>封存记录</translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <extracomment>满意度测评</extracomment>
        <translation>满意度测评</translation>
    </message>
    <message>
        <source>Survey item</source>
        <extracomment>测评项目</extracomment>
        <translation>测评项目</translation>
    </message>
    <message>
        <source>Survey ballot</source>
        <extracomment>测评票</extracomment>
        <translation>测评票</translation>
    </message>
    <message>
        <source>Survey tally</source>
        <extracomment>测评统计</extracomment>
        <translation>测评统计</translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>新增</extracomment>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <extracomment>更新</extracomment>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <extracomment>未变</extracomment>
        <translation>未变</translation>
    </message>
    <message>
        <source>Older (ignored)</source>
        <extracomment>较旧(忽略)</extracomment>
        <translation>较旧（忽略）</translation>
    </message>
    <message>
        <source>Deleted</source>
        <extracomment>删除</extracomment>
        <translation>删除</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <extracomment>冲突</extracomment>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Row id</source>
        <translation>行编号</translation>
    </message>
    <message>
        <source>Owning office</source>
        <translation>所属单位</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Parent organisation</source>
        <translation>上级组织</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>组织类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Kind of unit</source>
        <translation>单位类别</translation>
    </message>
    <message>
        <source>Established on</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Term began</source>
        <translation>本届开始</translation>
    </message>
    <message>
        <source>Term (years)</source>
        <translation>任期（年）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Dissolved on</source>
        <translation>撤销日期</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Full or probationary</source>
        <translation>正式/预备</translation>
    </message>
    <message>
        <source>Joined the Party on</source>
        <translation>入党日期</translation>
    </message>
    <message>
        <source>Full member since</source>
        <translation>转正日期</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>所在支部</translation>
    </message>
    <message>
        <source>Party-affairs cadre</source>
        <translation>党务干部</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Account</source>
        <extracomment>账户</extracomment>
        <translation>账户</translation>
    </message>
    <message>
        <source>Trusted office</source>
        <extracomment>可信单位</extracomment>
        <translation>可信单位</translation>
    </message>
    <message>
        <source>Exchange conflict</source>
        <extracomment>交换冲突</extracomment>
        <translation>交换冲突</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>各项答案</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>一级指标</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>年度考核</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Ballot number</source>
        <translation>票号</translation>
    </message>
    <message>
        <source>Points of the ballot words</source>
        <translation>评议等次折算分值</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Carries out</source>
        <translation>落实上级事项</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>票数</translation>
    </message>
    <message>
        <source>File contents</source>
        <translation>文件内容</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>录入人</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>录入次序</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>评价人</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>工作要求</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>频次</translation>
    </message>
    <message>
        <source>Grade chosen</source>
        <translation>选定等次</translation>
    </message>
    <message>
        <source>Grade limits</source>
        <translation>分数线/比例</translation>
    </message>
    <message>
        <source>Grades by</source>
        <translation>等次评定方式</translation>
    </message>
    <message>
        <source>Grade scale</source>
        <translation>等次档次</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Maximum score</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>所属记录</translation>
    </message>
    <message>
        <source>Belongs to (kind)</source>
        <translation>所属记录类别</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Rater kind</source>
        <translation>评议人类别</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Retired on</source>
        <translation>停用日期</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>评分方式</translation>
    </message>
    <message>
        <source>Counts as satisfied</source>
        <translation>计为满意的选项数</translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>已封存</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>校验值</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <source>Stronger organisation</source>
        <translation>较强组织</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>责任主体</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>满意度测评</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标比例</translation>
    </message>
    <message>
        <source>Trimmed from</source>
        <translation>去掉最高分和最低分的最少票数</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Weight of the daily score</source>
        <translation>日常考核权重</translation>
    </message>
    <message>
        <source>Weight of the party group evaluation</source>
        <translation>党组评价权重</translation>
    </message>
    <message>
        <source>Weight of the report ballot</source>
        <translation>述职评议权重</translation>
    </message>
    <message>
        <source>Weaker organisation</source>
        <translation>较弱组织</translation>
    </message>
    <message>
        <source>Ballot word</source>
        <translation>评议等次</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>起始年度</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>截止年度</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>是 / 否</extracomment>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Male</source>
        <extracomment>男 / 女</extracomment>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Full member</source>
        <extracomment>正式党员 / 预备党员</extracomment>
        <translation>正式党员</translation>
    </message>
    <message>
        <source>Probationary member</source>
        <translation>预备党员</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>the separator between column names in a list: 、</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>kept this office&apos;s version</source>
        <extracomment>保留本单位</extracomment>
        <translation>保留本单位</translation>
    </message>
    <message>
        <source>took the other office&apos;s version</source>
        <extracomment>采用对方</extracomment>
        <translation>采用对方</translation>
    </message>
    <message>
        <source>merged field by field</source>
        <extracomment>按字段合并</extracomment>
        <translation>按字段合并</translation>
    </message>
    <message>
        <source>Added</source>
        <extracomment>新增</extracomment>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <extracomment>修改</extracomment>
        <translation>修改</translation>
    </message>
    <message>
        <source>Event</source>
        <extracomment>操作</extracomment>
        <translation>操作</translation>
    </message>
    <message>
        <source>Baseline</source>
        <extracomment>记录基线（记录开始时或升级后行的状态）</extracomment>
        <translation>基线</translation>
    </message>
</context>
<context>
    <name>ExplainDialog</name>
    <message>
        <source>How %1 got %2</source>
        <translation>%1 综合得分 %2 的计算过程</translation>
    </message>
    <message>
        <source>%1 assessment</source>
        <translation>%1 年度量化考核</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Total %1&lt;/b&gt; = %2 % × daily %3 + %4 % × party group %5 + %6 % × report %7. Rank %8 of %9, grade &lt;b&gt;%10&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;综合得分 %1&lt;/b&gt; = %2% × 日常考核 %3 + %4% × 党组评价 %5 + %6% × 述职评议 %7。在 %9 个组织中排第 %8 名，等次为&lt;b&gt;%10&lt;/b&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Daily assessment: %1 of %2 points = %3 on 100&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;日常量化考核：%1 分（满分 %2 分），折合百分制 %3 分&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>指标编号</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>考核指标</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>评分方式</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>自评</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source> %1 each</source>
        <translation> 每次 %1 分</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> 目标值 %1</translation>
    </message>
    <message>
        <source>veto</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Party group evaluation: mean %1 of %2 marks&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;党组评价：%2 个评分的平均分 %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Report and review: %1 from %2 ballots%3&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;述职评议：根据 %2 张评议票得分 %1%3&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>, highest and lowest dropped</source>
        <translation>（已去掉最高分和最低分）</translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation>导出为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>未审核</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Daily assessment: not entered (no reviewed value yet)&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;日常量化考核：未录入（尚无审核值）&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Party group evaluation: not entered (no mark yet)&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;党组评价：未录入（尚无评分）&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Self: </source>
        <translation>自评：</translation>
    </message>
    <message>
        <source>Review: </source>
        <translation>审核：</translation>
    </message>
</context>
<context>
    <name>ExportPackageDialog</name>
    <message>
        <source>Export a package</source>
        <translation>导出数据包</translation>
    </message>
    <message>
        <source>What to send</source>
        <translation>发送内容</translation>
    </message>
    <message>
        <source>Every row this office keeps</source>
        <translation>本单位保存的全部数据</translation>
    </message>
    <message>
        <source>An organisation and everything below it:</source>
        <translation>某组织及其全部下级：</translation>
    </message>
    <message>
        <source>One year (lists, records, assessment, survey):</source>
        <translation>某一年度（清单、纪实、考核、测评）：</translation>
    </message>
    <message>
        <source>Only the assessment schemes and list templates (to send down)</source>
        <translation>仅考核方案和清单模板（下发用）</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>发给谁</translation>
    </message>
    <message>
        <source>Any office (whoever trusts this office can import it)</source>
        <translation>任意单位（信任本单位的都可导入）</translation>
    </message>
    <message>
        <source>A trusted office:</source>
        <translation>受信任的单位：</translation>
    </message>
    <message>
        <source>The office of a key file:</source>
        <translation>密钥文件所属单位：</translation>
    </message>
    <message>
        <source>(no office is trusted yet: see Exchange → Offices and keys)</source>
        <translation>（尚未信任任何单位：见 交换 → 单位与密钥）</translation>
    </message>
    <message>
        <source>the .djkey file the office gave you</source>
        <translation>对方单位提供的 .djkey 文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Only what changed since the last package to this office</source>
        <translation>只含上次发给该单位以来的变化</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>保护</translation>
    </message>
    <message>
        <source>Not encrypted (signed, but anyone holding the file can read it)</source>
        <translation>不加密（已签名，但拿到文件的人都能读取）</translation>
    </message>
    <message>
        <source>Encrypted for the recipient (only that office can open it)</source>
        <translation>为接收单位加密（只有该单位能打开）</translation>
    </message>
    <message>
        <source>Encrypted with a passphrase:</source>
        <translation>用口令加密：</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>至少 %1 个字符</translation>
    </message>
    <message>
        <source>the same again</source>
        <translation>再输入一次</translation>
    </message>
    <message>
        <source>Write to:</source>
        <translation>保存到：</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Made for %1, whose key has the fingerprint %2</source>
        <translation>发给 %1，其密钥指纹为 %2</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>schemes</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Exchange packages (*.djpkg)</source>
        <translation>交换数据包 (*.djpkg)</translation>
    </message>
    <message>
        <source>The office&apos;s key file</source>
        <translation>单位密钥文件</translation>
    </message>
    <message>
        <source>Office keys (*.djkey);;All files (*)</source>
        <translation>单位密钥 (*.djkey);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the office to send to.</source>
        <translation>请选择接收单位。</translation>
    </message>
    <message>
        <source>Choose the key file of the office to send to.</source>
        <translation>请选择接收单位的密钥文件。</translation>
    </message>
    <message>
        <source>Choose the organisation to send.</source>
        <translation>请选择要发送的组织。</translation>
    </message>
    <message>
        <source>The passphrase must be at least %1 characters long.</source>
        <translation>口令至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The two passphrases are not the same; type them again.</source>
        <translation>两次输入的口令不一致，请重新输入。</translation>
    </message>
    <message>
        <source>Choose where to write the package.</source>
        <translation>请选择数据包的保存位置。</translation>
    </message>
    <message>
        <source>Writing the package…</source>
        <translation>正在写出数据包…</translation>
    </message>
    <message>
        <source>The export was cancelled: nothing was written.</source>
        <translation>导出已取消，未写出任何内容。</translation>
    </message>
</context>
<context>
    <name>ExportSummaryPage</name>
    <message>
        <source>Table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>未加密</translation>
    </message>
    <message>
        <source>encrypted for %1</source>
        <translation>已为 %1 加密</translation>
    </message>
    <message>
        <source>encrypted with a passphrase (tell it to the other office separately, not on the stick)</source>
        <translation>已用口令加密（请另行告知对方口令，不要写在U盘上）</translation>
    </message>
    <message>
        <source>&lt;b&gt;The package was written:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;数据包已写出：&lt;/b&gt;%1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1.</source>
        <translation>
            <numerusform>%1 的 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>For %1; package number %2 to it; %3.</source>
        <translation>发往 %1；发给该单位的第 %2 个数据包；%3。</translation>
    </message>
    <message>
        <source>any office</source>
        <translation>任意单位</translation>
    </message>
    <message>
        <source>Only the changes since %1.</source>
        <translation>只含 %1 以来的变化。</translation>
    </message>
</context>
<context>
    <name>GenerateListsDialog</name>
    <message>
        <source>Generate the lists of %1</source>
        <translation>生成 %1 年度清单</translation>
    </message>
    <message>
        <source>One list for each organisation of each level and one for each person holding one of the five posts on the date below, from the templates of %1. Running it again only adds what is missing; nothing recorded is changed.</source>
        <translation>按 %1 年度模板，为各层级的每个组织生成一份清单，并为下列日期在五个岗位任职的每个人生成一份清单。重复生成只补充缺少的部分，不会改动已记录的内容。</translation>
    </message>
    <message>
        <source>Post holders on:</source>
        <translation>任职情况截至：</translation>
    </message>
    <message>
        <source>Generating the lists of %1…</source>
        <translation>正在生成 %1 年度清单…</translation>
    </message>
    <message>
        <source>Generate the lists</source>
        <translation>生成清单</translation>
    </message>
    <message>
        <source>%1 lists and %2 items added; %3 items linked to the item above.</source>
        <translation>新增清单 %1 份、事项 %2 项；%3 项已关联上级事项。</translation>
    </message>
    <message>
        <source>Nothing to add: the lists of %1 are complete.</source>
        <translation>无需补充：%1 年度的清单已齐全。</translation>
    </message>
</context>
<context>
    <name>ImportCheckPage</name>
    <message>
        <source>Check the package</source>
        <translation>核对数据包</translation>
    </message>
    <message>
        <source>Who made it, for whom, and what it carries. Nothing in the file has been read beyond this yet.</source>
        <translation>由谁生成、发给谁、包含什么。除此之外，尚未读取文件中的任何内容。</translation>
    </message>
    <message>
        <source>the passphrase the sending office told you</source>
        <translation>发送单位告知的口令</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>发送单位：</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation>密钥指纹：</translation>
    </message>
    <message>
        <source>Made for:</source>
        <translation>接收单位：</translation>
    </message>
    <message>
        <source>Made on:</source>
        <translation>生成时间：</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <source>Package number:</source>
        <translation>数据包序号：</translation>
    </message>
    <message>
        <source>Protection:</source>
        <translation>保护：</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>口令：</translation>
    </message>
    <message>
        <source>Office id %1</source>
        <translation>单位编号 %1</translation>
    </message>
    <message>
        <source>any office</source>
        <translation>任意单位</translation>
    </message>
    <message>
        <source> — only the changes since %1</source>
        <translation> —— 只含 %1 以来的变化</translation>
    </message>
    <message>
        <source>signed, not encrypted</source>
        <translation>已签名，未加密</translation>
    </message>
    <message>
        <source>signed and encrypted for this office</source>
        <translation>已签名，并为本单位加密</translation>
    </message>
    <message>
        <source>signed and encrypted with a passphrase</source>
        <translation>已签名，并用口令加密</translation>
    </message>
    <message>
        <source>✔ A trusted office; the package will be checked against the key trusted here.</source>
        <translation>✔ 受信任的单位；将用本处信任的密钥校验数据包。</translation>
    </message>
    <message>
        <source>✔ Made by this office.</source>
        <translation>✔ 由本单位生成。</translation>
    </message>
    <message>
        <source>This office does not trust %1 yet.</source>
        <translation>本单位尚未信任 %1。</translation>
    </message>
    <message>
        <source>Before importing, call %1 (or compare with the key they gave you on paper) and read the fingerprint above to each other. Only if every group matches is the package really theirs; if anything differs, cancel: someone else made this file.</source>
        <translation>导入前，请给 %1 打电话（或与对方书面提供的密钥核对），互相读出上面的指纹。只有每一组都一致，数据包才确实来自对方；如有任何不同，请取消：这个文件是别人生成的。</translation>
    </message>
    <message>
        <source>✘ The key of %1 was revoked here.</source>
        <translation>✘ 本处已撤销对 %1 密钥的信任。</translation>
    </message>
    <message>
        <source>This office stopped trusting the key of %1, so its packages are not imported. If the office has a new key, trust its key file under Exchange → Offices and keys first.</source>
        <translation>本单位已不再信任 %1 的密钥，因此不导入其数据包。如果该单位换了新密钥，请先在 交换 → 单位与密钥 中信任其密钥文件。</translation>
    </message>
    <message>
        <source>✘ Signed with another key than the one trusted for %1.</source>
        <translation>✘ 签名所用密钥与本处信任的 %1 的密钥不同。</translation>
    </message>
    <message>
        <source>The package says it comes from %1 but is signed with a different key than the one this office trusts for it. It may not come from that office at all. Ask %1 whether they changed their key; if so, trust the new key file under Exchange → Offices and keys.</source>
        <translation>数据包声称来自 %1，但签名所用密钥与本单位信任的不同，可能根本不是该单位生成的。请询问 %1 是否更换了密钥；如是，请在 交换 → 单位与密钥 中信任新的密钥文件。</translation>
    </message>
    <message>
        <source>This package was made for %1, not for this office. Ask the sender to make one for this office or for any office.</source>
        <translation>该数据包是发给 %1 的，不是发给本单位的。请发送单位为本单位或任意单位重新生成。</translation>
    </message>
    <message>
        <source>I compared this fingerprint with %1 (by phone or on paper) and trust it</source>
        <translation>我已与 %1 核对过这个指纹（电话或书面），信任该密钥</translation>
    </message>
    <message>
        <source>It speaks for:</source>
        <translation>其代表范围：</translation>
    </message>
    <message>
        <source>Packages from %1 may change only rows of what it speaks for: the whole department (the 机关党委 or 党组 office) or one organisation and below (a 党总支 or 党支部 office).</source>
        <translation>%1 的数据包只能修改其代表范围内的数据：整个部门（机关党委或党组的单位），或某一组织及其下级（党总支或党支部的单位）。</translation>
    </message>
    <message>
        <source>✔ %1 changed its key; the change is signed with the key trusted here.</source>
        <translation>✔ %1 更换了密钥；更换通知由本单位信任的原密钥签名。</translation>
    </message>
    <message>
        <source>Key change of %1 — old key (trusted here): %2; new key: %3. Importing records the new key for %1 and notes the change in the audit log.</source>
        <translation>%1 更换了密钥——原密钥（本单位信任的）：%2；新密钥：%3。导入时将为 %1 记录新密钥，并在审计日志中记下这次更换。</translation>
    </message>
</context>
<context>
    <name>ImportCountsModel</name>
    <message>
        <source>Select the cell to see the rows</source>
        <translation>选中单元格可查看对应的数据行</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>ImportLogDialog</name>
    <message>
        <source>Import log</source>
        <translation>导入日志</translation>
    </message>
    <message>
        <source>Imported</source>
        <extracomment>column headers: 导入时间, 发送单位, 序号, 内容, 新增, 更新, 删除, 冲突, 导入人, 已撤销</extracomment>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>From</source>
        <translation>发送单位</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Undo the last import…</source>
        <translation>撤销最近一次导入…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Office id %1; package %2, made %3</source>
        <translation>单位编号 %1；数据包 %2，生成于 %3</translation>
    </message>
    <message>
        <source>Packages %1 to %2 from this office had not been imported when this one was.</source>
        <translation>导入本数据包时，该单位的第 %1 至 %2 号数据包尚未导入。</translation>
    </message>
    <message>
        <source>No package has been imported into this file yet.</source>
        <translation>本文件尚未导入过数据包。</translation>
    </message>
    <message>
        <source>Undo the last import</source>
        <translation>撤销最近一次导入</translation>
    </message>
    <message>
        <source>Undo the import of package %1 from %2 (imported %3)? Every row it changed is put back as it was and what it added is removed. The Edit → Undo history is cleared.</source>
        <translation>撤销导入来自 %2 的数据包 %1（导入于 %3）？它修改的每一行都会恢复原样，新增的内容会被删除。编辑 → 撤销 的历史将被清空。</translation>
    </message>
    <message>
        <source>The import of package %1 from %2 was undone.</source>
        <translation>来自 %2 的数据包 %1 的导入已撤销。</translation>
    </message>
</context>
<context>
    <name>ImportOrgsCommand</name>
    <message>
        <source>Import organisations (%1)</source>
        <translation>导入组织（%1 个）</translation>
    </message>
</context>
<context>
    <name>ImportOrgsDialog</name>
    <message>
        <source>The import is done in one step: if anything goes wrong nothing is added, and Edit → Undo removes all the imported organisations again.</source>
        <translation>导入一次完成：出现任何问题都不会添加任何组织；“编辑 → 撤销”可将导入的组织全部移除。</translation>
    </message>
    <message>
        <source>Import organisations from a spreadsheet</source>
        <translation>从电子表格导入组织</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Choose an Excel workbook (.xlsx or .xls) or a CSV file with one organisation per row and a header row such as 组织名称, 组织代码, 组织类型, 上级组织代码, 成立日期, 本届任期开始, 任期年限 — the columns of the organisation table exported by this program. A parent may be an organisation already in this file (by code or name) or a row of the sheet. Imported organisations are active; a blank term uses the usual term of the type.</source>
        <translation>请选择 Excel 工作簿（.xlsx 或 .xls）或 CSV 文件：每行一个组织，表头如 组织名称、组织代码、组织类型、上级组织代码、成立日期、本届任期开始、任期年限——即本程序导出的组织表的各列。上级组织可以是本文件中已有的组织（填代码或全称），也可以是表格中的另一行。导入的组织均为正常状态；任期年限留空时按该类组织的通常任期。</translation>
    </message>
</context>
<context>
    <name>ImportPackageDialog</name>
    <message>
        <source>Import a package</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Choose the package</source>
        <translation>选择数据包</translation>
    </message>
    <message>
        <source>A package (.djpkg) made by another office with Exchange → Export a package, for example from a USB stick.</source>
        <translation>其他单位用 交换 → 导出数据包 生成的数据包（.djpkg），例如U盘上的文件。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Settle the conflicts…</source>
        <translation>处理冲突…</translation>
    </message>
    <message>
        <source>Exchange packages (*.djpkg);;All files (*)</source>
        <translation>交换数据包 (*.djpkg);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the package file.</source>
        <translation>请选择数据包文件。</translation>
    </message>
    <message>
        <source>Comparing the package with this file…</source>
        <translation>正在将数据包与本文件比对…</translation>
    </message>
    <message>
        <source>Importing the package…</source>
        <translation>正在导入数据包…</translation>
    </message>
    <message>
        <source>Nothing was changed: this file already had everything in the package.</source>
        <translation>未做任何改动：本文件已有数据包中的全部内容。</translation>
    </message>
    <message>
        <source>The package from %1 was imported.</source>
        <translation>来自 %1 的数据包已导入。</translation>
    </message>
    <message>
        <source>New rows: %1. Updated: %2. Deleted: %3. Unchanged: %4. Older versions ignored: %5.</source>
        <translation>新增 %1 行，更新 %2 行，删除 %3 行，未变 %4 行，忽略较旧版本 %5 行。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n row(s) were changed both here and at the other office.&lt;/b&gt; Both versions are kept until you decide which one is right.</source>
        <translation>
            <numerusform>&lt;b&gt;有 %n 行本单位和对方都做了修改。&lt;/b&gt;在您确定哪个正确之前，两个版本都会保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Exchange → Import log can undo this import as long as nothing imported has been changed since.</source>
        <translation>只要导入的内容此后未被修改，可在 交换 → 导入日志 中撤销本次导入。</translation>
    </message>
    <message>
        <source>A copy of the file as it was before the import is kept in the backups folder (File → Restore from a backup): %1</source>
        <translation>导入前的文件副本已保存在备份文件夹中（文件 → 从备份恢复）：%1</translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n row(s) the sender may not change here (see the preview&apos;s list).</source>
        <translation>
            <numerusform>未导入：发送单位无权在此修改的 %n 行数据（见预览中的列表）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPeopleCommand</name>
    <message>
        <source>Import people (%1)</source>
        <translation>导入党员（%1 人）</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>导入已取消，未导入任何数据。</translation>
    </message>
</context>
<context>
    <name>ImportPeopleDialog</name>
    <message>
        <source>Import people from a spreadsheet</source>
        <translation>从电子表格导入党员</translation>
    </message>
    <message>
        <source>(none: a row without a branch is a problem)</source>
        <translation>（无：未填写支部的行将视为有问题）</translation>
    </message>
    <message>
        <source>Rows without a branch go to:</source>
        <translation>未填写支部的行编入：</translation>
    </message>
    <message>
        <source>The import is done in one step: if anything goes wrong nothing is added, and Edit → Undo removes all the imported people again.</source>
        <translation>导入一次性完成：只要出现任何差错，就不会添加任何人员；导入后也可通过“编辑 → 撤销”将导入的人员全部删除。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Choose an Excel workbook (.xlsx or the older .xls) or a CSV file with one person per row and a header row such as 姓名, 性别, 民族, 出生日期, 身份证号, 入党时间, 所在支部. Files saved by WPS, Excel and LibreOffice all work.</source>
        <translation>请选择 Excel 工作簿（.xlsx 或旧版 .xls）或 CSV 文件：每行一人，首行为表头，如 姓名、性别、民族、出生日期、身份证号码、入党时间、所在支部。WPS、Excel 和 LibreOffice 保存的文件均可导入。</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <source>What the import will change</source>
        <translation>导入将做的改动</translation>
    </message>
    <message>
        <source>Nothing has been changed yet. Select a number to see the rows behind it.</source>
        <translation>尚未做任何改动。选中某个数字可查看对应的数据行。</translation>
    </message>
    <message>
        <source>Nothing to change: this file already has everything in the package.</source>
        <translation>无需改动：本文件已有数据包中的全部内容。</translation>
    </message>
    <message>
        <source>Rows (by id):</source>
        <translation>数据行（按编号）：</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) above may not be changed by the sender, so the package is refused. Import the rest and leave these out</source>
        <translation>
            <numerusform>发送单位无权修改以上 %n 行数据，因此整个数据包被拒绝。导入其余数据，不导入这些行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <source>New indicator</source>
        <translation>新增考核指标</translation>
    </message>
    <message>
        <source>Indicator %1</source>
        <translation>考核指标 %1</translation>
    </message>
    <message>
        <source>&amp;Area (一级指标):</source>
        <translation>一级指标(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>指标编号(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>考核指标(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Maximum:</source>
        <translation>分值(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>评分方式(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Points per occurrence:</source>
        <translation>每次分值(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>目标值(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Scoring standard:</source>
        <translation>评分标准(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Evidence expected:</source>
        <translation>佐证材料(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dangjian Desk</source>
        <translation>机关党建工作台</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>组织机构</translation>
    </message>
    <message>
        <source>Members and posts</source>
        <translation>党员与岗位</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New data file…</source>
        <translation>新建数据文件(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Dangjian Desk</source>
        <translation>关于机关党建工作台(&amp;A)</translation>
    </message>
    <message>
        <source>The file was upgraded to the current format; the previous version was copied to %1</source>
        <translation>数据文件已升级为当前格式，升级前的文件已复制到 %1。</translation>
    </message>
    <message>
        <source>%1 — Dangjian Desk</source>
        <translation>%1 — 机关党建工作台</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>No data file is open. Use File → Open or File → New.</source>
        <translation>尚未打开数据文件。请通过“文件 → 打开”或“文件 → 新建数据文件”进行操作。</translation>
    </message>
    <message>
        <source>Copied to %1</source>
        <translation>已复制到 %1</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>-copy</source>
        <translation>-副本</translation>
    </message>
    <message>
        <source>Choose a different file: this is the file that is open.</source>
        <translation>所选文件正是当前打开的文件，请另选一个文件。</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>正在另存副本…</translation>
    </message>
    <message>
        <source>About Dangjian Desk</source>
        <translation>关于机关党建工作台</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dangjian Desk %1&lt;/h3&gt;&lt;p&gt;Party-building responsibility lists, assessment and records for government departments, kept in one local file.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;机关党建工作台 %1&lt;/h3&gt;&lt;p&gt;用于党政机关党建责任清单、量化考核和履责纪实等工作，全部数据保存在一个本地文件中。&lt;/p&gt;&lt;p&gt;本软件依据 GNU 通用公共许可证第 3 版或更高版本授权使用。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>导出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the &amp;table to Excel/CSV…</source>
        <translation>将当前表格导出为 Excel/CSV(&amp;T)…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>党员名册</translation>
    </message>
    <message>
        <source>Terms ending soon</source>
        <translation>换届提醒</translation>
    </message>
    <message>
        <source>&amp;Import members from Excel/CSV…</source>
        <translation>从 Excel/CSV 导入党员(&amp;I)…</translation>
    </message>
    <message>
        <source>Export the rosters of all branc&amp;hes to PDF…</source>
        <translation>导出全部党支部的党员花名册为 PDF(&amp;H)…</translation>
    </message>
    <message>
        <source>Import or&amp;ganisations from Excel/CSV…</source>
        <translation>从 Excel/CSV 导入组织(&amp;G)…</translation>
    </message>
    <message>
        <source>Responsibility lists</source>
        <translation>责任清单</translation>
    </message>
    <message>
        <source>Responsibility list</source>
        <translation>责任清单</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>量化考核</translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translation>交换(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Export a package…</source>
        <translation>导出数据包(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import a package…</source>
        <translation>导入数据包(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>冲突(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Offices and keys…</source>
        <translation>单位与密钥(&amp;O)…</translation>
    </message>
    <message>
        <source>Import &amp;log…</source>
        <translation>导入日志(&amp;L)…</translation>
    </message>
    <message>
        <source>Open a data file first: a package is imported into the open file.</source>
        <translation>请先打开数据文件：数据包会导入当前打开的文件。</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>首选项(&amp;E)…</translation>
    </message>
    <message>
        <source>%1 (demo data) — Dangjian Desk</source>
        <translation>%1（演示数据）— 机关党建工作台</translation>
    </message>
    <message>
        <source>Demo data, not for real records: %1</source>
        <translation>演示数据，请勿录入真实信息：%1</translation>
    </message>
    <message>
        <source>&amp;User manual</source>
        <translation>使用说明(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Today&apos;s backup copy could not be made: %1</source>
        <translation>未能生成今天的备份：%1</translation>
    </message>
    <message>
        <source>Today&apos;s backup copy: %1</source>
        <translation>今天的备份：%1</translation>
    </message>
    <message>
        <source>Backed up and verified: %1</source>
        <translation>已备份并校验：%1</translation>
    </message>
    <message>
        <source>Restored from %1; the file as it was is kept in %2</source>
        <translation>已从 %1 恢复；恢复前的文件保存在 %2</translation>
    </message>
    <message>
        <source>Audit &amp;log…</source>
        <translation>审计日志(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Manage accounts…</source>
        <translation>管理账户(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>修改我的密码(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>退出登录(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Find on this page</source>
        <translation>在本页查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Read again from the data file</source>
        <translation>已从数据文件重新读取</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Saved automatically</source>
        <translation>已自动保存</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Print what this page shows (Ctrl+P)</source>
        <translation>打印本页显示的内容（Ctrl+P）</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Save this page&apos;s table as an Excel or CSV file</source>
        <translation>将本页的表格保存为 Excel 或 CSV 文件</translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message>
        <source>User manual — Dangjian Desk</source>
        <translation>使用说明 — 机关党建工作台</translation>
    </message>
    <message>
        <source>This manual is in Chinese. The README has an English version of the same workflow (“The year&apos;s work, step by step”).</source>
        <translation>本使用说明为中文。README 中有相同工作流程的英文版（“The year&apos;s work, step by step”）。</translation>
    </message>
    <message>
        <source>en</source>
        <comment>language code of the manual</comment>
        <extracomment>The code of this translation&apos;s language (zh_CN); the manual shown is manual_&lt;code&gt;.html.</extracomment>
        <translation>zh_CN</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开头</translation>
    </message>
    <message>
        <source>The beginning of the manual</source>
        <translation>回到使用说明的开头</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>缩小文字</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>查找…</translation>
    </message>
    <message>
        <source>Text to find in the manual</source>
        <translation>输入要在说明中查找的文字</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>找到 %n 处</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelExport</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV（UTF-8）(*.csv)</translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>New annual assessment</source>
        <translation>新建年度考核</translation>
    </message>
    <message>
        <source>%1 (revision %2)</source>
        <translation>%1（第 %2 版）</translation>
    </message>
    <message>
        <source>%1 (built in)</source>
        <translation>%1（内置）</translation>
    </message>
    <message>
        <source>Assess the general branches (党总支) too</source>
        <translation>党总支一并参加考核</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>Indicator &amp;scheme:</source>
        <translation>考核指标体系(&amp;S)：</translation>
    </message>
    <message>
        <source>All active party branches are assessed; weights 60/20/20 and grades 好/中/差 can be changed under Rules.</source>
        <translation>全部未撤销的党支部均参加考核；权重 60/20/20 和等次 好/中/差 可在“考核规则”中修改。</translation>
    </message>
</context>
<context>
    <name>OfficesDialog</name>
    <message>
        <source>Offices and keys</source>
        <translation>单位与密钥</translation>
    </message>
    <message>
        <source>This office</source>
        <translation>本单位</translation>
    </message>
    <message>
        <source>Export this office&apos;s key…</source>
        <translation>导出本单位密钥…</translation>
    </message>
    <message>
        <source>Give the key file to the offices that should take packages from this one, and read them the fingerprint by phone so they can check the file was not swapped.</source>
        <translation>把密钥文件交给需要接收本单位数据包的单位，并通过电话向对方读出指纹，以便核实文件未被调换。</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>指纹：</translation>
    </message>
    <message>
        <source>Offices this one takes packages from</source>
        <translation>本单位接收其数据包的单位</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Trusted on</source>
        <translation>信任日期</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Trust a key file…</source>
        <translation>信任密钥文件…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>撤销信任…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>已信任</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>已于 %1 撤销</translation>
    </message>
    <message>
        <source>Office id %1</source>
        <translation>单位编号 %1</translation>
    </message>
    <message>
        <source>Export this office&apos;s key</source>
        <translation>导出本单位密钥</translation>
    </message>
    <message>
        <source>Office keys (*.djkey)</source>
        <translation>单位密钥 (*.djkey)</translation>
    </message>
    <message>
        <source>The key was written to %1.</source>
        <translation>密钥已写入 %1。</translation>
    </message>
    <message>
        <source>Trust a key file</source>
        <translation>信任密钥文件</translation>
    </message>
    <message>
        <source>Office keys (*.djkey);;All files (*)</source>
        <translation>单位密钥 (*.djkey);;所有文件 (*)</translation>
    </message>
    <message>
        <source>That is this office&apos;s own key; another office&apos;s key is needed.</source>
        <translation>这是本单位自己的密钥，需要的是其他单位的密钥。</translation>
    </message>
    <message>
        <source>Packages signed by %1 can now be imported.</source>
        <translation>现在可以导入 %1 签名的数据包了。</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>撤销信任</translation>
    </message>
    <message>
        <source>Stop trusting the key of %1? Its packages will no longer be imported until its key file is trusted again. What was already imported stays.</source>
        <translation>不再信任 %1 的密钥？在重新信任其密钥文件之前，将不再导入其数据包。已导入的内容保留。</translation>
    </message>
    <message>
        <source>The key of %1 is no longer trusted.</source>
        <translation>已不再信任 %1 的密钥。</translation>
    </message>
    <message>
        <source>Internal id: %1</source>
        <translation>内部编号：%1</translation>
    </message>
    <message>
        <source>Speaks for</source>
        <translation>代表范围</translation>
    </message>
    <message>
        <source>Change what it speaks for…</source>
        <translation>修改代表范围…</translation>
    </message>
    <message>
        <source>What it speaks for</source>
        <translation>代表范围</translation>
    </message>
    <message>
        <source>Packages from %1 may change rows of:</source>
        <translation>%1 的数据包可以修改以下范围的数据：</translation>
    </message>
    <message>
        <source>%1 now speaks for %2.</source>
        <translation>%1 现在的代表范围：%2。</translation>
    </message>
    <message>
        <source>Make a new key…</source>
        <translation>生成新密钥…</translation>
    </message>
    <message>
        <source>⚠ This file has no accounts, so the office&apos;s secret key is kept in the file in plain text: anyone with a copy of the file or of one of its backups can sign packages as this office. Turn accounts on (menu Accounts) to keep the key locked under the passwords of the administrators and the organ party committee.</source>
        <translation>⚠ 本文件未启用账户，单位私钥以明文保存在文件中：任何人只要拿到本文件或其备份的副本，就能以本单位的名义签发数据包。请启用账户（“账户”菜单），使私钥只在管理员和机关党委账户的密码保护下保存。</translation>
    </message>
    <message>
        <source>The office&apos;s secret key is kept locked under the passwords of the administrators and the organ party committee; only they can sign packages as this office.</source>
        <translation>单位私钥在管理员和机关党委账户的密码保护下加密保存，只有他们能以本单位的名义签发数据包。</translation>
    </message>
    <message>
        <source>Make a new key</source>
        <translation>生成新密钥</translation>
    </message>
    <message>
        <source>Make a new key pair for this office? Use this when the old key may have been copied (a lost laptop, a file given away). Offices that trust the old key take the new one with the next package they import from here: it carries the change signed with the old key. Offices that do not trust this office yet need the new key file.</source>
        <translation>为本单位生成新的密钥对吗？当原密钥可能已被复制（笔记本电脑丢失、文件外泄）时使用。信任原密钥的单位在导入本单位的下一个数据包时接收新密钥：数据包附带由原密钥签名的更换通知。尚未信任本单位的单位需要新的密钥文件。</translation>
    </message>
    <message>
        <source>New key made. Old fingerprint: %1; new fingerprint: %2.</source>
        <translation>已生成新密钥。原指纹：%1；新指纹：%2。</translation>
    </message>
</context>
<context>
    <name>OrgCommands</name>
    <message>
        <source>Add %1</source>
        <translation>新增组织“%1”</translation>
    </message>
    <message>
        <source>Dissolve %1</source>
        <translation>撤销组织“%1”</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>调整“%1”的隶属关系</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑组织“%1”</translation>
    </message>
    <message>
        <source>Reactivate %1</source>
        <translation>恢复组织“%1”</translation>
    </message>
</context>
<context>
    <name>OrgDialog</name>
    <message>
        <source>Add organisation</source>
        <translation>新增组织</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑组织 — %1</translation>
    </message>
    <message>
        <source>Full name, e.g. 中共市商务局办公室支部委员会</source>
        <translation>全称，如：中共市商务局办公室支部委员会</translation>
    </message>
    <message>
        <source>no term</source>
        <translation>不设任期</translation>
    </message>
    <message>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>组织类型</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>上级组织</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>组织代码</translation>
    </message>
    <message>
        <source>Unit kind</source>
        <translation>单位类别</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Current term began</source>
        <translation>本届任期起始日期</translation>
    </message>
    <message>
        <source>Term length</source>
        <translation>任期年限</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>任期届满日期</translation>
    </message>
    <message>
        <source>Contact leader</source>
        <translation>联系点领导</translation>
    </message>
    <message>
        <source>(top of the tree)</source>
        <translation>（最高层级）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>OrgPage</name>
    <message>
        <source>Show dissolved</source>
        <translation>显示已撤销的组织</translation>
    </message>
    <message>
        <source>Add sub-organisation…</source>
        <translation>新增下级组织…</translation>
    </message>
    <message>
        <source>Edit / move…</source>
        <translation>编辑 / 调整隶属关系…</translation>
    </message>
    <message>
        <source>Dissolve…</source>
        <translation>撤销组织…</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>恢复组织</translation>
    </message>
    <message>
        <source>Show members</source>
        <translation>查看党员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>组织代码</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>组织类型</translation>
    </message>
    <message>
        <source>Unit kind</source>
        <translation>单位类别</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>任期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Contact leader</source>
        <translation>联系点领导</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>党员人数</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>任职日期</translation>
    </message>
    <message>
        <source>Committee and posts held now</source>
        <translation>现任班子成员及职务</translation>
    </message>
    <message>
        <source>No organisation yet: add the party leadership group first.</source>
        <translation>尚未建立任何组织，请先添加部门党组（党委）。</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n year(s))</source>
        <translation>
            <numerusform>%1 至 %2（%n 年）</numerusform>
        </translation>
    </message>
    <message>
        <source>no elected term</source>
        <translation>不设任期</translation>
    </message>
    <message>
        <source> — overdue for re-election</source>
        <translation>，已超期未换届</translation>
    </message>
    <message>
        <source> — re-election due soon</source>
        <translation>，即将换届</translation>
    </message>
    <message>
        <source>Dissolved on %1</source>
        <translation>已于 %1 撤销</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>任职人</translation>
    </message>
    <message>
        <source>Responsibility lists</source>
        <translation>责任清单</translation>
    </message>
</context>
<context>
    <name>OrgTreeModel</name>
    <message>
        <source>%1 (dissolved %2)</source>
        <translation>%1（已于 %2 撤销）</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>组织类型</translation>
    </message>
    <message>
        <source>Secretary / head</source>
        <translation>书记 / 负责人</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>任期届满日期</translation>
    </message>
</context>
<context>
    <name>PairingPanel</name>
    <message>
        <source>Stronger organisation</source>
        <translation>较强组织</translation>
    </message>
    <message>
        <source>Paired with</source>
        <translation>结对组织</translation>
    </message>
    <message>
        <source>S&amp;uggest pairs</source>
        <translation>推荐结对(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keep these pairs</source>
        <translation>保存结对(&amp;K)</translation>
    </message>
    <message>
        <source>Pairs for next year&apos;s joint study and building (联学联建):</source>
        <translation>下一年度联学联建结对（差异捆绑）：</translation>
    </message>
    <message>
        <source>Keep the pairs</source>
        <translation>保存结对</translation>
    </message>
    <message>
        <source>The pairs are set by the organ party committee.</source>
        <translation>结对由机关党委确定。</translation>
    </message>
</context>
<context>
    <name>PartyGroupTab</name>
    <message>
        <source>Add an &amp;evaluator…</source>
        <translation>添加评价人(&amp;E)…</translation>
    </message>
    <message>
        <source>Each member of the party group scores each organisation from 0 to 100; the component is the mean.</source>
        <translation>党组每名成员对每个组织按 0 到 100 分评分，取平均分作为党组评价得分。</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织名称</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均分</translation>
    </message>
    <message>
        <source>The assessment is sealed.</source>
        <translation>该量化考核已封存。</translation>
    </message>
    <message>
        <source>Add an evaluator</source>
        <translation>添加评价人</translation>
    </message>
    <message>
        <source>“%1” is not a score from 0 to 100.</source>
        <translation>“%1”不是 0 到 100 之间的分数。</translation>
    </message>
    <message>
        <source>Enter a party-group mark</source>
        <translation>录入党组评价分</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Name of the evaluator:</source>
        <translation>评价人姓名：</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>There is nothing to print.</source>
        <translation>没有可打印的内容。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>Cannot start the PDF %1.</source>
        <translation>无法开始生成 PDF 文件 %1。</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Name, phone or ID number</source>
        <translation>姓名、联系电话或身份证号码</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>全部组织</translation>
    </message>
    <message>
        <source>Show the members of an organisation and of everything below it</source>
        <translation>显示所选组织及其全部下级组织的党员</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>组织关系转接(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Add &amp;post…</source>
        <translation>新增任职(&amp;P)…</translation>
    </message>
    <message>
        <source>E&amp;nd post…</source>
        <translation>结束任职(&amp;N)…</translation>
    </message>
    <message>
        <source>Move the person to another branch (transfer of membership)</source>
        <translation>将该党员的组织关系转到其他党支部（组织关系转接）</translation>
    </message>
    <message>
        <source>End the post selected in the person&apos;s post list</source>
        <translation>结束该党员任职记录中选中的职务</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>性别：</translation>
    </message>
    <message>
        <source>Ethnicity:</source>
        <translation>民族：</translation>
    </message>
    <message>
        <source>Born:</source>
        <translation>出生日期：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>身份证号码：</translation>
    </message>
    <message>
        <source>Standing:</source>
        <translation>党员类别：</translation>
    </message>
    <message>
        <source>Party-affairs cadre:</source>
        <translation>党务干部：</translation>
    </message>
    <message>
        <source>Joined the Party:</source>
        <translation>入党时间：</translation>
    </message>
    <message>
        <source>Full member since:</source>
        <translation>转正时间：</translation>
    </message>
    <message>
        <source>Education:</source>
        <translation>学历：</translation>
    </message>
    <message>
        <source>Work unit:</source>
        <translation>工作单位：</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>所在部门：</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>职务：</translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation>所在支部：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>所在支部</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>变动原因</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>任职组织</translation>
    </message>
    <message>
        <source>Membership history</source>
        <translation>组织关系变动记录</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>任职记录</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>共 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>No person selected</source>
        <translation>未选择党员</translation>
    </message>
    <message>
        <source>Full-time</source>
        <translation>专职</translation>
    </message>
    <message>
        <source>Part-time</source>
        <translation>兼职</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>now</source>
        <translation>至今</translation>
    </message>
    <message>
        <source>Remove Person</source>
        <translation>删除党员</translation>
    </message>
    <message>
        <source>Remove %1 together with their membership history and posts?

Use Undo to bring them back.</source>
        <translation>确定删除 %1 及其组织关系变动记录和任职记录吗？

如需恢复，可使用“撤销”功能。</translation>
    </message>
    <message>
        <source>Responsibility lists</source>
        <translation>责任清单</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Add Person</source>
        <translation>新增党员</translation>
    </message>
    <message>
        <source>Edit Person — %1</source>
        <translation>编辑党员信息 — %1</translation>
    </message>
    <message>
        <source>18 characters</source>
        <translation>18 位</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Full-time</source>
        <translation>专职</translation>
    </message>
    <message>
        <source>Part-time</source>
        <translation>兼职</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>性别(&amp;G)：</translation>
    </message>
    <message>
        <source>E&amp;thnicity:</source>
        <translation>民族(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Born:</source>
        <translation>出生日期(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身份证号码(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>联系电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Education:</source>
        <translation>学历(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Work unit:</source>
        <translation>工作单位(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>所在部门(&amp;D)：</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>职务(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Standing:</source>
        <translation>党员类别(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Joined the Party:</source>
        <translation>入党时间(&amp;J)：</translation>
    </message>
    <message>
        <source>&amp;Full member since:</source>
        <translation>转正时间(&amp;F)：</translation>
    </message>
    <message>
        <source>B&amp;ranch:</source>
        <translation>所在支部(&amp;R)：</translation>
    </message>
    <message>
        <source>Member &amp;since:</source>
        <translation>编入支部时间(&amp;S)：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>A change of branch is recorded with Transfer.</source>
        <translation>变更所在支部请通过“组织关系转接”办理。</translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation>所在支部：</translation>
    </message>
    <message>
        <source>Party-affairs &amp;cadre:</source>
        <translation>党务干部(&amp;C)：</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <source>Your account sees this number partly hidden and cannot change it.</source>
        <translation>您的账户只能看到该号码的部分内容，不能修改。</translation>
    </message>
    <message>
        <source>(choose the branch)</source>
        <translation>（请选择支部）</translation>
    </message>
    <message>
        <source>Enter the date the person joined the branch.</source>
        <translation>请填写编入支部时间。</translation>
    </message>
    <message>
        <source>Choose the branch the member belongs to.</source>
        <translation>请选择党员所在支部。</translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Probationary member</source>
        <translation>预备党员</translation>
    </message>
    <message>
        <source>Full member</source>
        <translation>正式党员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Joined the Party</source>
        <translation>入党时间</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>党员类别</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>所在支部</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
</context>
<context>
    <name>PostDialog</name>
    <message>
        <source>Add Post — %1</source>
        <translation>新增任职 — %1</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>任职组织(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Post:</source>
        <translation>职务(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>任职日期(&amp;S)：</translation>
    </message>
    <message>
        <source>End Post — %1</source>
        <translation>结束任职 — %1</translation>
    </message>
    <message>
        <source>Post:</source>
        <translation>职务：</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>任职组织：</translation>
    </message>
    <message>
        <source>Held since:</source>
        <translation>任职日期：</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>离任日期(&amp;E)：</translation>
    </message>
    <message>
        <source>Choose an organisation and a post.</source>
        <translation>请选择任职组织和职务。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%2（%1）</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <source>A new language applies the next time the program starts.</source>
        <translation>更改的语言在下次启动程序时生效。</translation>
    </message>
    <message>
        <source>The language will change the next time you start the program.</source>
        <translation>界面语言将在下次启动程序时更改。</translation>
    </message>
    <message>
        <source>By pinyin</source>
        <translation>按拼音</translation>
    </message>
    <message>
        <source>By strokes of the surname</source>
        <translation>按姓氏笔画</translation>
    </message>
    <message>
        <source>Order of names:</source>
        <translation>姓名排序：</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>File Folder</source>
        <comment>Match Windows Explorer</comment>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>快捷方式</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>RateBarChart</name>
    <message>
        <source>Completion</source>
        <translation>完成情况</translation>
    </message>
</context>
<context>
    <name>RemovePersonCommand</name>
    <message>
        <source>Remove person %1</source>
        <translation>删除党员 %1</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>打印预览 — %1</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>打印 — %1</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Printing the rosters of all branches…</source>
        <translation>正在打印全部党支部的党员花名册…</translation>
    </message>
    <message>
        <source>There are no active party branches to print.</source>
        <translation>当前没有正常状态的党支部，无可打印的党员名册。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Rosters of all branches</source>
        <translation>各党支部党员名册</translation>
    </message>
    <message>
        <source>Write the rosters of all active branches into one PDF, or one PDF per branch (named after the branch code) into a folder?</source>
        <translation>将所有正常状态党支部的党员花名册写入一个 PDF，还是每个支部一个 PDF（以支部代码命名）存入一个文件夹？</translation>
    </message>
    <message>
        <source>One PDF</source>
        <translation>一个 PDF</translation>
    </message>
    <message>
        <source>One PDF per branch</source>
        <translation>每个支部一个 PDF</translation>
    </message>
    <message>
        <source>Folder for the rosters</source>
        <translation>选择存放花名册的文件夹</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n PDF file(s) to %1.</source>
        <translation>
            <numerusform>已向 %1 写入 %n 个 PDF 文件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>Printing was cancelled.</source>
        <translation>已取消打印。</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Made by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <source>Daily, on opening</source>
        <translation>每日打开时</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Backups of this file are kept in %1. The newest %2 automatic copies are kept; copies made by hand and before upgrades are never removed.</source>
        <translation>本文件的备份保存在 %1。自动备份保留最近的 %2 份；手动备份和升级前的备份不会被删除。</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>There are no backups of this file yet.</source>
        <translation>本文件还没有备份。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Another file…</source>
        <translation>其他文件…</translation>
    </message>
    <message>
        <source>Restore from a copy</source>
        <translation>从副本恢复</translation>
    </message>
    <message>
        <source>Replace everything in this file by the backup %1?

Work entered since that copy was made is replaced; a copy of the file as it is now is kept first, so this can be undone by restoring that copy.</source>
        <translation>用备份 %1 替换本文件的全部内容吗？

该备份之后录入的内容将被替换；替换前会先保存当前文件的副本，可以通过恢复该副本撤销本次操作。</translation>
    </message>
</context>
<context>
    <name>SatisfactionTab</name>
    <message>
        <source>Create this year&apos;s survey</source>
        <translation>建立本年度满意度测评</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>Valid ballot</source>
        <translation>有效票</translation>
    </message>
    <message>
        <source>&amp;Save ballot</source>
        <translation>保存测评票(&amp;S)</translation>
    </message>
    <message>
        <source>Ballot &amp;number:</source>
        <translation>票号(&amp;N)：</translation>
    </message>
    <message>
        <source>Respondent:</source>
        <translation>测评人类别：</translation>
    </message>
    <message>
        <source>Save &amp;counts</source>
        <translation>保存票数(&amp;C)</translation>
    </message>
    <message>
        <source>Invalid ballots:</source>
        <translation>无效票：</translation>
    </message>
    <message>
        <source>Type a ballot</source>
        <translation>逐张录入</translation>
    </message>
    <message>
        <source>Type counts</source>
        <translation>按票数录入</translation>
    </message>
    <message>
        <source>No satisfaction survey for this year yet.</source>
        <translation>本年度尚未建立满意度测评。</translation>
    </message>
    <message>
        <source>%1 — overall %2 % satisfied; %3 valid ballots typed, %4 invalid</source>
        <translation>%1 —— 总体满意率 %2%；已逐张录入有效票 %3 张，无效票 %4 张</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>测评项目</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>(no mark)</source>
        <translation>（未选）</translation>
    </message>
    <message>
        <source>Type satisfaction ballot %1</source>
        <translation>录入满意度测评票 %1</translation>
    </message>
    <message>
        <source>Counts are whole numbers: row %1, column %2.</source>
        <translation>票数须为整数：第 %1 行第 %2 列。</translation>
    </message>
    <message>
        <source>Type satisfaction counts</source>
        <translation>录入满意度测评票数</translation>
    </message>
</context>
<context>
    <name>SchemesDialog</name>
    <message>
        <source>Indicator schemes</source>
        <translation>考核指标体系</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>一级指标</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>指标编号</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>考核指标</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>评分方式</translation>
    </message>
    <message>
        <source>Per time / target</source>
        <translation>每次分值/目标值</translation>
    </message>
    <message>
        <source>Scoring standard</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <source>&amp;Import from a sheet…</source>
        <translation>从表格导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export to a sheet…</source>
        <translation>导出为表格(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Copy as a new revision</source>
        <translation>复制为新版本(&amp;C)</translation>
    </message>
    <message>
        <source>Install the &amp;built-in example</source>
        <translation>装入内置示例(&amp;B)</translation>
    </message>
    <message>
        <source>%1 (revision %2)%3</source>
        <translation>%1（第 %2 版）%3</translation>
    </message>
    <message>
        <source> — locked</source>
        <translation> — 已锁定</translation>
    </message>
    <message>
        <source>No scheme yet: import one from a sheet or install the built-in example.</source>
        <translation>尚无考核指标体系：请从表格导入，或装入内置示例。</translation>
    </message>
    <message>
        <source>%1 indicators in %2 areas, %3 points%4</source>
        <translation>%2 个一级指标，共 %1 项考核指标，总分 %3 分%4</translation>
    </message>
    <message>
        <source>; locked: a sealed assessment uses it</source>
        <translation>；已锁定：已封存的量化考核使用了该指标体系</translation>
    </message>
    <message>
        <source>Import a scheme</source>
        <translation>导入考核指标体系</translation>
    </message>
    <message>
        <source>Name of the scheme:</source>
        <translation>指标体系名称：</translation>
    </message>
    <message>
        <source>Export the scheme</source>
        <translation>导出考核指标体系</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Add indicator…</source>
        <translation>新增指标(&amp;A)…</translation>
    </message>
    <message>
        <source>E&amp;dit indicator…</source>
        <translation>编辑指标(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Remove indicator</source>
        <translation>删除指标(&amp;R)</translation>
    </message>
    <message>
        <source>Add indicator %1</source>
        <translation>新增考核指标 %1</translation>
    </message>
    <message>
        <source>Edit indicator %1</source>
        <translation>编辑考核指标 %1</translation>
    </message>
    <message>
        <source>Remove indicator %1</source>
        <translation>删除考核指标 %1</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.csv)</source>
        <translation>电子表格 (*.xlsx *.xls *.csv)</translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>form label</comment>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Import nothing</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>Choose a spreadsheet</source>
        <translation>选择电子表格</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>请选择要导入的文件。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot;: %2 rows below the header in row %3. Check which column holds each field; fields not in the sheet stay empty.</source>
        <translation>工作表“%1”：表头位于第 %3 行，其下共 %2 行。请核对各字段对应的列；表格中没有的字段将留空。</translation>
    </message>
    <message>
        <source>(not in the sheet)</source>
        <translation>（表格中没有）</translation>
    </message>
    <message>
        <source>Checking %1 rows…</source>
        <translation>正在检查 %1 行…</translation>
    </message>
    <message>
        <source>Every row is valid (%1 rows).</source>
        <translation>所有行均有效（共 %1 行）。</translation>
    </message>
    <message>
        <source>Valid rows: %1. Rows with problems: %2 (listed below; they are not imported).</source>
        <translation>有效行：%1 行。有问题的行：%2 行（见下表，这些行不会导入）。</translation>
    </message>
    <message>
        <source>Import only the valid rows (%1)</source>
        <translation>仅导入有效行（%1 行）</translation>
    </message>
    <message>
        <source>Import all rows (%1)</source>
        <translation>导入全部行（%1 行）</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>&amp;Download the import template…</source>
        <translation>下载导入模板(&amp;D)…</translation>
    </message>
    <message>
        <source>An Excel workbook with the column headers this import recognises and one example row: fill it in, then choose it above.</source>
        <translation>一个 Excel 工作簿，含本导入能识别的各列表头和一行示例：填好后在上方选择该文件导入。</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.csv *.txt);;All files (*)</source>
        <translation>电子表格 (*.xlsx *.xls *.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save the import template</source>
        <translation>保存导入模板</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>The template is saved as %1 and chosen above. Open it in WPS or Excel, replace the example row with your own rows (keep the header row) and save it; then press Next.</source>
        <translation>导入模板已保存为 %1，并已填入上方。请在 WPS 或 Excel 中打开，用实际数据替换示例行（保留表头行）并保存，然后点击“下一步”。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is protected by accounts. Sign in with the user name and the password your administrator gave you.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 已启用账户。请用管理员分配给你的用户名和密码登录。</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Responsibility list templates</source>
        <translation>责任清单模板</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>每期次数</translation>
    </message>
    <message>
        <source>Carries out</source>
        <translation>落实上级事项</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>改名</translation>
    </message>
    <message>
        <source>Add item…</source>
        <translation>添加事项…</translation>
    </message>
    <message>
        <source>Edit item…</source>
        <translation>编辑事项…</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>删除事项</translation>
    </message>
    <message>
        <source>Copy to a new year…</source>
        <translation>复制为新年度…</translation>
    </message>
    <message>
        <source>Remove template</source>
        <translation>删除模板</translation>
    </message>
    <message>
        <source>Save to file…</source>
        <translation>保存为文件…</translation>
    </message>
    <message>
        <source>Load from file…</source>
        <translation>从文件载入…</translation>
    </message>
    <message>
        <source>Add the built-in templates</source>
        <translation>添加内置模板</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>%1 · from %2 · %3 items</source>
        <translation>%1 · %2 年起 · %3 项</translation>
    </message>
    <message>
        <source>Add an item to %1</source>
        <translation>向“%1”添加事项</translation>
    </message>
    <message>
        <source>Add template item %1</source>
        <translation>添加模板事项 %1</translation>
    </message>
    <message>
        <source>Edit template item %1</source>
        <translation>编辑模板事项 %1</translation>
    </message>
    <message>
        <source>Remove template item %1</source>
        <translation>删除模板事项 %1</translation>
    </message>
    <message>
        <source>Rename template %1</source>
        <translation>模板改名 %1</translation>
    </message>
    <message>
        <source>Copy %1 to %2</source>
        <translation>将 %1 复制为 %2 年度</translation>
    </message>
    <message>
        <source>Copy to a new year</source>
        <translation>复制为新年度</translation>
    </message>
    <message>
        <source>The template applies from the year:</source>
        <translation>模板起用年度：</translation>
    </message>
    <message>
        <source>Remove template %1</source>
        <translation>删除模板 %1</translation>
    </message>
    <message>
        <source>Save the templates</source>
        <translation>保存清单模板</translation>
    </message>
    <message>
        <source>templates</source>
        <translation>清单模板</translation>
    </message>
    <message>
        <source>Template files (*.djtpl)</source>
        <translation>模板文件 (*.djtpl)</translation>
    </message>
    <message>
        <source>Load templates</source>
        <translation>载入清单模板</translation>
    </message>
    <message>
        <source>Template files (*.djtpl);;All files (*)</source>
        <translation>模板文件 (*.djtpl);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Replace them?</source>
        <translation>是否替换？</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>--table must be one of %1.</source>
        <translation>--table 必须是 %1 之一。</translation>
    </message>
    <message>
        <source>--to must not be before --from.</source>
        <translation>--to 不能早于 --from。</translation>
    </message>
    <message>
        <source>--limit must be a whole number greater than 0.</source>
        <translation>--limit 必须是大于 0 的整数。</translation>
    </message>
    <message>
        <source>--op must be insert, update, delete, event or baseline.</source>
        <translation>--op 只能是 insert、update、delete、event 或 baseline。</translation>
    </message>
    <message>
        <source>Office: %1 (%2)</source>
        <translation>单位：%1（%2）</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the other office. Type yes to trust this key:</source>
        <translation>请与对方单位核对指纹。输入 yes 信任该密钥：</translation>
    </message>
    <message>
        <source>%1 is trusted here with another key. The new key replaces it:</source>
        <translation>本单位信任的 %1 的密钥与此不同。新密钥将取代原密钥：</translation>
    </message>
    <message>
        <source>  Old fingerprint: %1</source>
        <translation>  原指纹：%1</translation>
    </message>
    <message>
        <source>  New fingerprint: %1</source>
        <translation>  新指纹：%1</translation>
    </message>
    <message>
        <source>The key of %1 has changed; confirm the new fingerprint with that office, then add --replace-key.</source>
        <translation>%1 的密钥已更换；请与该单位核对新指纹后，加上 --replace-key 再运行。</translation>
    </message>
    <message>
        <source>Ask %1 whether it made a new key and compare the new fingerprint. Type yes to replace the key:</source>
        <translation>请向 %1 确认其确已生成新密钥，并核对新指纹。输入 yes 更换密钥：</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>指纹：%1</translation>
    </message>
    <message>
        <source>The key of %1 was revoked here on %2.</source>
        <translation>%1 的密钥已于 %2 在本单位被撤销信任。</translation>
    </message>
    <message>
        <source>%1 was revoked here; to trust it again add --reinstate.</source>
        <translation>%1 已被撤销信任；如需重新信任，请加上 --reinstate。</translation>
    </message>
    <message>
        <source>Type yes to trust %1 again:</source>
        <translation>输入 yes 重新信任 %1：</translation>
    </message>
    <message>
        <source>Warning: another trusted office is also called %1 (fingerprint %2). Make sure this is not someone posing as it.</source>
        <translation>警告：另一个已信任的单位也叫 %1（指纹 %2）。请确认这不是有人冒充该单位。</translation>
    </message>
    <message>
        <source>Not confirmed: the key was not trusted.</source>
        <translation>未确认：未信任该密钥。</translation>
    </message>
</context>
<context>
    <name>TransferCommand</name>
    <message>
        <source>Transfer %1 to %2</source>
        <translation>将 %1 的组织关系转至“%2”</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer %1</source>
        <translation>组织关系转接 — %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation>%1（自 %2 起）</translation>
    </message>
    <message>
        <source>Current branch:</source>
        <translation>现所在支部：</translation>
    </message>
    <message>
        <source>&amp;New branch:</source>
        <translation>转入支部(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>转接日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>转接原因(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>TrustKeyDialog</name>
    <message>
        <source>Trust an office&apos;s key</source>
        <translation>信任单位密钥</translation>
    </message>
    <message>
        <source>Packages signed with this key will be imported as coming from &lt;b&gt;%1&lt;/b&gt;. Call that office (or take the fingerprint they gave you on paper) and read the fingerprint to each other, group by group. Trust the key only if every group matches.</source>
        <translation>用这个密钥签名的数据包将被视为来自 &lt;b&gt;%1&lt;/b&gt; 并导入。请给该单位打电话（或使用对方书面提供的指纹），逐组互相读出指纹。只有每一组都一致时才信任该密钥。</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Office id:</source>
        <translation>单位编号：</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>指纹：</translation>
    </message>
    <message>
        <source>I compared this fingerprint with %1 (by phone or on paper) and it matches</source>
        <translation>我已与 %1 核对过这个指纹（电话或书面），完全一致</translation>
    </message>
    <message>
        <source>Trust this key</source>
        <translation>信任该密钥</translation>
    </message>
    <message>
        <source>Fingerprint trusted until now:</source>
        <translation>原来信任的指纹：</translation>
    </message>
    <message>
        <source>New fingerprint:</source>
        <translation>新指纹：</translation>
    </message>
    <message>
        <source>Speaks for:</source>
        <translation>代表范围：</translation>
    </message>
    <message>
        <source>%1 is trusted here with another key. Replace it only if %1 told you itself that it made a new key; otherwise someone may be posing as it.</source>
        <translation>本单位信任的 %1 的密钥与此不同。只有 %1 亲自告知已生成新密钥时才可更换；否则可能有人冒充该单位。</translation>
    </message>
    <message>
        <source>The key of %1 was revoked here on %2. Trust it again only when you know why it was revoked and that this no longer holds.</source>
        <translation>%1 的密钥已于 %2 被撤销信任。只有在清楚撤销原因且该原因已不存在时，才可重新信任。</translation>
    </message>
    <message>
        <source>Another trusted office is also called %1 (fingerprint %2). Make sure this key is not someone posing as it.</source>
        <translation>另一个已信任的单位也叫 %1（指纹 %2）。请确认这个密钥不是有人冒充该单位。</translation>
    </message>
    <message>
        <source>%1 confirmed it made a new key, and I compared the new fingerprint with it (by phone or on paper): it matches</source>
        <translation>%1 已确认生成了新密钥，我已与其核对新指纹（通过电话或书面），完全一致</translation>
    </message>
    <message>
        <source>Replace the key</source>
        <translation>更换密钥</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Dangjian Desk</source>
        <translation>欢迎使用机关党建工作台</translation>
    </message>
    <message>
        <source>Dangjian Desk keeps your department&apos;s party-building work — organisations, members, responsibility lists, the yearly assessment — in one file on this computer. How would you like to start?</source>
        <translation>机关党建工作台把本单位的党建工作——组织机构、党员、责任清单、年度量化考核——保存在本机的一个数据文件中。请选择如何开始：</translation>
    </message>
    <message>
        <source>Create our department&apos;s file</source>
        <translation>新建本单位数据文件</translation>
    </message>
    <message>
        <source>Enter the department&apos;s name; the program sets up its 党组 and 机关党委, the built-in assessment scheme and list templates.</source>
        <translation>输入单位名称，程序将建立本单位党组和机关党委，并装入内置的量化考核方案和责任清单模板。</translation>
    </message>
    <message>
        <source>Open an existing data file…</source>
        <translation>打开已有数据文件…</translation>
    </message>
    <message>
        <source>A .djdb file made earlier on this or another computer.</source>
        <translation>以前在本机或其他电脑上建立的 .djdb 文件。</translation>
    </message>
    <message>
        <source>Explore the demo department</source>
        <translation>先看看示例单位</translation>
    </message>
    <message>
        <source>A made-up department (市商务局) with every page filled in, to try things out. It is marked as demo data; do not enter real data there.</source>
        <translation>一个虚构的单位（市商务局），各页面都已填好数据，可随意试用。它标有“演示数据”，请勿在其中录入真实信息。</translation>
    </message>
    <message>
        <source>Our department&apos;s file</source>
        <translation>本单位数据文件</translation>
    </message>
    <message>
        <source>e.g. 市商务局</source>
        <translation>例如：市商务局</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>单位名称：</translation>
    </message>
    <message>
        <source>The code of the 党组; the 机关党委 gets this code followed by -JG. Branch codes usually start with it.</source>
        <translation>党组的组织代码；机关党委的代码为此代码加 -JG。各支部的代码通常以它开头。</translation>
    </message>
    <message>
        <source>Organisation code:</source>
        <translation>组织代码：</translation>
    </message>
    <message>
        <source>机关党委 (the usual keeper of the work)</source>
        <translation>机关党委（通常由其负责日常工作）</translation>
    </message>
    <message>
        <source>党组</source>
        <translation>党组</translation>
    </message>
    <message>
        <source>This office is:</source>
        <translation>本数据文件代表：</translation>
    </message>
    <message>
        <source>Start from the built-in assessment scheme (46 indicators, 100 points)</source>
        <translation>使用内置量化考核方案（46 项指标，满分 100 分）</translation>
    </message>
    <message>
        <source>Assessment:</source>
        <translation>量化考核：</translation>
    </message>
    <message>
        <source>Start from the built-in templates of the 4 levels and 5 posts</source>
        <translation>使用内置的四个层级、五个岗位责任清单模板</translation>
    </message>
    <message>
        <source>Lists:</source>
        <translation>责任清单：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>保存位置：</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>The file is ready</source>
        <translation>数据文件已建好</translation>
    </message>
    <message>
        <source>This is your office&apos;s key fingerprint. Offices you exchange packages with compare it (read it to them over the phone) before they trust your packages. You find it again under Exchange → Offices and keys, where you can also save the key file to give them.</source>
        <translation>这是本单位密钥的指纹。与您交换数据包的单位在信任您的数据包之前，要核对这个指纹（可通过电话念给对方）。以后可在“交换 → 单位与密钥”中再次查看，并可在那里导出密钥文件交给对方。</translation>
    </message>
    <message>
        <source>Start working</source>
        <translation>开始使用</translation>
    </message>
    <message>
        <source>department</source>
        <translation>本单位</translation>
    </message>
    <message>
        <source>Save the data file as</source>
        <translation>数据文件保存为</translation>
    </message>
    <message>
        <source>Choose where to save the data file.</source>
        <translation>请选择数据文件的保存位置。</translation>
    </message>
    <message>
        <source>%1 is set up in %2.</source>
        <translation>已在 %2 中建立 %1。</translation>
    </message>
</context>
<context>
    <name>accessactions</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>The last account was removed: this file no longer asks anyone to sign in.</source>
        <translation>最后一个账户已删除：打开这个文件不再需要登录。</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>The password of %1 for this file.</source>
        <translation>%1 在这个数据文件中的密码。</translation>
    </message>
</context>
<context>
    <name>backupactions</name>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Making today&apos;s backup copy…</source>
        <translation>正在生成今天的备份…</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>The copy was made, but the audit log could not record it: %1</source>
        <translation>副本已保存，但审计日志未能记下此次操作：%1</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>--%1 needs a value.</source>
        <translation>选项 --%1 需要指定取值。</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>未知选项 --%1。</translation>
    </message>
    <message>
        <source>Missing %1.</source>
        <translation>缺少参数 %1。</translation>
    </message>
    <message>
        <source>%1 uses the older data format %2; run `dangjian-cli upgrade FILE` first.</source>
        <translation>%1 使用旧版数据格式 %2，请先运行 `dangjian-cli upgrade FILE` 进行升级。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE（数据文件）</translation>
    </message>
    <message>
        <source>init FILE --office NAME: the office name is required.</source>
        <translation>init FILE --office NAME：必须指定单位名称。</translation>
    </message>
    <message>
        <source>Created %1 for %2 (office %3).</source>
        <translation>已为 %2 创建数据文件 %1（单位标识 %3）。</translation>
    </message>
    <message>
        <source>--scale must be department or city.</source>
        <translation>--scale 的取值只能是 department 或 city。</translation>
    </message>
    <message>
        <source>Demo data written to %1: %2 organisations, %3 people, %4 posts in %5 s.</source>
        <translation>演示数据已写入 %1：%2 个组织、%3 名人员、%4 条任职记录，用时 %5 秒。</translation>
    </message>
    <message>
        <source>schema version %1, expected %2 (run `dangjian-cli upgrade`)</source>
        <translation>数据结构版本为 %1，应为 %2（请运行 `dangjian-cli upgrade`）</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>完整性检查：%1</translation>
    </message>
    <message>
        <source>broken reference in table %1 (row %2 -&gt; %3)</source>
        <translation>数据表 %1 中存在失效引用（第 %2 行 -&gt; %3）</translation>
    </message>
    <message>
        <source>%1 people whose current branch does not match their membership history</source>
        <translation>有 %1 人的现所在支部与其组织关系变动记录不一致</translation>
    </message>
    <message>
        <source>FAIL %1: %2</source>
        <translation>FAIL %1：%2</translation>
    </message>
    <message>
        <source>OK %1: integrity ok, references ok, schema version %2, office %3</source>
        <translation>OK %1：完整性正常，引用关系正常，数据结构版本 %2，单位 %3</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Office: %1 (%2)</source>
        <translation>单位：%1（%2）</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>数据结构版本：%1</translation>
    </message>
    <message>
        <source>  %1: %2 rows</source>
        <translation>  %1：%2 行</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1：%2</translation>
    </message>
    <message>
        <source>Members: %1 full, %2 probationary</source>
        <translation>党员：正式党员 %1 名，预备党员 %2 名</translation>
    </message>
    <message>
        <source>Terms ending within 6 months or overdue: %1</source>
        <translation>6 个月内任期届满或已超期未换届的组织：%1</translation>
    </message>
    <message>
        <source>Branches without a secretary: %1</source>
        <translation>未配备书记的党支部：%1</translation>
    </message>
    <message>
        <source>%1 is already at schema version %2.</source>
        <translation>%1 的数据结构已是版本 %2，无需升级。</translation>
    </message>
    <message>
        <source>Upgraded %1 from schema version %2 to %3; the old file was copied to %4.</source>
        <translation>已将 %1 的数据结构从版本 %2 升级到版本 %3，原文件已复制到 %4。</translation>
    </message>
    <message>
        <source>No organisation has the code %1.</source>
        <translation>没有组织代码为 %1 的组织。</translation>
    </message>
    <message>
        <source>demo FILE [--scale department|city] [--office NAME]
                               fill a new or empty file with demo data</source>
        <translation>demo FILE [--scale department|city] [--office NAME]
                               向新建或空白的数据文件填充演示数据</translation>
    </message>
    <message>
        <source>info FILE [--json]            counts per table and organisation type</source>
        <translation>info FILE [--json]            按数据表和组织类型统计数量</translation>
    </message>
    <message>
        <source>upgrade FILE                  migrate an older file (a copy is kept)</source>
        <translation>upgrade FILE                  升级旧版数据文件（保留原文件副本）</translation>
    </message>
    <message>
        <source>org list FILE [--json]        the organisation tree</source>
        <translation>org list FILE [--json]        列出组织树</translation>
    </message>
    <message>
        <source>person list FILE [--org CODE] [--search TEXT] [--json]
                               people, optionally of an organisation subtree</source>
        <translation>person list FILE [--org CODE] [--search TEXT] [--json]
                               列出人员，可限定为某一组织及其全部下级组织</translation>
    </message>
    <message>
        <source>Usage: dangjian-cli COMMAND [ARGS]

Commands:</source>
        <translation>用法：dangjian-cli COMMAND [ARGS]

命令：</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see dangjian-cli --help</source>
        <translation>未知命令“%1”，请参阅 dangjian-cli --help。</translation>
    </message>
    <message>
        <source>--table must be people or orgs.</source>
        <translation>--table 只能是 people 或 orgs。</translation>
    </message>
    <message>
        <source>Missing --out OUT.xlsx or OUT.csv.</source>
        <translation>缺少参数 --out OUT.xlsx 或 OUT.csv。</translation>
    </message>
    <message>
        <source>--out must end in .xlsx or .csv.</source>
        <translation>--out 指定的文件名必须以 .xlsx 或 .csv 结尾。</translation>
    </message>
    <message>
        <source>Rows written: %1 (%2).</source>
        <translation>已写入 %1 行（%2）。</translation>
    </message>
    <message>
        <source>export-table FILE --table people|orgs --out OUT.xlsx|OUT.csv [--org CODE]
                               a table as a spreadsheet, optionally of an organisation subtree</source>
        <translation>export-table FILE --table people|orgs --out OUT.xlsx|OUT.csv [--org CODE]
                               将数据表导出为电子表格，可限定为某一组织及其全部下级组织</translation>
    </message>
    <message>
        <source>--out is required: the PDF file (or, with --each-branch, a folder).</source>
        <translation>必须指定 --out：PDF 文件（使用 --each-branch 时为文件夹）。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>已写入 %1（共 %n 页）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n PDF file(s) to %1.</source>
        <translation>
            <numerusform>已向 %1 写入 %n 个 PDF 文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>--map: unknown field &quot;%1&quot;; the fields are name, gender, ethnicity, birthDate, idNumber, phone, education, workUnit, department, position, standing, joinedOn, fullMemberOn, branch, cadre.</source>
        <translation>--map：未知字段“%1”；可用的字段为 name、gender、ethnicity、birthDate、idNumber、phone、education、workUnit、department、position、standing、joinedOn、fullMemberOn、branch、cadre。</translation>
    </message>
    <message>
        <source>--map: the sheet has no column &quot;%1&quot;.</source>
        <translation>--map：表格中没有“%1”列。</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>%1 - rows: %2, valid: %3, with problems: %4.</source>
        <translation>%1：共 %2 行，有效 %3 行，有问题 %4 行。</translation>
    </message>
    <message>
        <source>Dry run: nothing was imported.</source>
        <translation>试运行：未导入任何数据。</translation>
    </message>
    <message>
        <source>People imported: %1.</source>
        <translation>已导入 %1 人。</translation>
    </message>
    <message>
        <source>Nothing was imported. Correct the rows above, or import the valid rows with --valid-only.</source>
        <translation>未导入任何数据。请修正以上各行，或使用 --valid-only 仅导入有效行。</translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>没有可导入的数据。</translation>
    </message>
    <message>
        <source>Organisations imported: %1.</source>
        <translation>已导入 %1 个党组织。</translation>
    </message>
    <message>
        <source>--%1 must be a date such as 2026-03-31.</source>
        <translation>--%1 须为日期，例如 2026-03-31。</translation>
    </message>
    <message>
        <source>Nothing to add: the lists of %1 are complete.</source>
        <translation>无需补充：%1 年度的清单已齐全。</translation>
    </message>
    <message>
        <source>%1: %2 lists and %3 items added, %4 items linked to the item above (post holders on %5).</source>
        <translation>%1 年度：新增清单 %2 份、事项 %3 项，%4 项已关联上级事项（按 %5 的任职情况）。</translation>
    </message>
    <message>
        <source>--quarter must be 1, 2, 3 or 4.</source>
        <translation>--quarter 须为 1、2、3 或 4。</translation>
    </message>
    <message>
        <source>--by must be level, post, category or org.</source>
        <translation>--by 须为 level、post、category 或 org。</translation>
    </message>
    <message>
        <source>%1  %2 (%3 of %4 due)  lists %5, items %6, late %7</source>
        <translation>%1  %2（应完成 %4 次，已完成 %3 次）  清单 %5 份，事项 %6 项，逾期 %7 次</translation>
    </message>
    <message>
        <source>Total  %1 (%2 of %3 due)</source>
        <translation>合计  %1（应完成 %3 次，已完成 %2 次）</translation>
    </message>
    <message>
        <source>--item is required: the item id (see duty list).</source>
        <translation>必须给出 --item：事项编号（见 duty list）。</translation>
    </message>
    <message>
        <source>--date is required: the day the work was done, such as 2026-03-31.</source>
        <translation>必须给出 --date：完成日期，例如 2026-03-31。</translation>
    </message>
    <message>
        <source>Recorded %1.</source>
        <translation>已记录 %1。</translation>
    </message>
    <message>
        <source>Give either --export OUT.djtpl or --load IN.djtpl.</source>
        <translation>请给出 --export 输出文件.djtpl 或 --load 输入文件.djtpl 其中之一。</translation>
    </message>
    <message>
        <source>The file has no templates yet; duty generate installs the built-in ones.</source>
        <translation>该文件尚无清单模板；运行 duty generate 会装入内置模板。</translation>
    </message>
    <message>
        <source>Wrote %1 templates to %2.</source>
        <translation>已将 %1 个模板写入 %2。</translation>
    </message>
    <message>
        <source>Loaded %1 templates.</source>
        <translation>已载入 %1 个模板。</translation>
    </message>
    <message>
        <source>duty generate FILE --year Y [--date D] [--json]
                               the year&apos;s responsibility lists: one per organisation of
                               each level and per holder of the five posts on --date;
                               only adds what is missing</source>
        <translation>duty generate 文件 --year 年度 [--date 日期] [--json]
                               生成年度责任清单：每个层级组织一份，--date 当日五个岗位
                               的任职人员每人一份；只补充缺少的部分</translation>
    </message>
    <message>
        <source>duty list FILE --year Y [--org CODE] [--json]
                               the lists and their items with ids and status</source>
        <translation>duty list 文件 --year 年度 [--org 组织代码] [--json]
                               列出清单及其事项（含编号和完成状态）</translation>
    </message>
    <message>
        <source>duty status FILE --year Y [--quarter Q] [--by level|post|category|org] [--json]
                               completion rates over the periods due so far</source>
        <translation>duty status 文件 --year 年度 [--quarter 季度] [--by level|post|category|org] [--json]
                               截至目前已到期部分的完成率</translation>
    </message>
    <message>
        <source>duty record FILE --item ID --date D --text T [--attach PATH] [--by NAME]
                               record work done on an item, with an evidence file</source>
        <translation>duty record 文件 --item 事项编号 --date 日期 --text 内容 [--attach 文件] [--by 记录人]
                               记录事项的履责情况，可附佐证材料</translation>
    </message>
    <message>
        <source>duty templates FILE --export OUT.djtpl | --load IN.djtpl [--year Y] [--replace]
                               save the templates to a file, or load a file&apos;s templates</source>
        <translation>duty templates 文件 --export 输出.djtpl | --load 输入.djtpl [--year 年度] [--replace]
                               将清单模板保存为文件，或载入文件中的模板</translation>
    </message>
    <message>
        <source>--each-branch works with --report roster or orgs only.</source>
        <translation>--each-branch 只能与 --report roster 或 orgs 一起使用。</translation>
    </message>
    <message>
        <source>--year is required with --report %1: the year of the lists, such as 2026.</source>
        <translation>--report %1 需要 --year：清单所属年度，例如 2026。</translation>
    </message>
    <message>
        <source>--report duty-lists takes --org CODE, not --person.</source>
        <translation>--report duty-lists 使用 --org 组织代码，不使用 --person。</translation>
    </message>
    <message>
        <source>--report duty-records needs exactly one of --org CODE and --person ID_NUMBER.</source>
        <translation>--report duty-records 需要且只能给出 --org 组织代码 或 --person 身份证号 之一。</translation>
    </message>
    <message>
        <source>--person needs the person&apos;s ID number.</source>
        <translation>--person 需要填写身份证号。</translation>
    </message>
    <message>
        <source>No person has the ID number %1.</source>
        <translation>没有身份证号为 %1 的人员。</translation>
    </message>
    <message>
        <source>%1 FILE --from SHEET.xlsx|SHEET.csv: the sheet to import is required.</source>
        <translation>%1 文件 --from 表格.xlsx|表格.csv：必须给出要导入的表格。</translation>
    </message>
    <message>
        <source>--%1 takes %2 numbers separated by commas.</source>
        <translation>--%1 需要 %2 个以逗号分隔的数字。</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>Name the indicator scheme with --scheme NAME (see: scheme list).</source>
        <translation>请用 --scheme 名称 指定考核指标体系（参见 scheme list）。</translation>
    </message>
    <message>
        <source>There is no scheme named %1.</source>
        <translation>没有名为“%1”的考核指标体系。</translation>
    </message>
    <message>
        <source>Created the %1 assessment: %2 organisations, scheme %3, weights %4/%5/%6.</source>
        <translation>已建立 %1 年度量化考核：参加考核组织 %2 个，指标体系“%3”，权重 %4/%5/%6。</translation>
    </message>
    <message>
        <source>Grade by --thresholds or by --quota, not both.</source>
        <translation>评定等次只能使用 --thresholds 或 --quota 之一，不能同时使用。</translation>
    </message>
    <message>
        <source>--trim-from takes a whole number.</source>
        <translation>--trim-from 须为整数。</translation>
    </message>
    <message>
        <source>%1: grades %2 by %3 %4; ballots %5, extremes dropped from %6 ballots.</source>
        <translation>%1 年度：等次 %2，按%3 %4 评定；评议票折算分值 %5，满 %6 张票时去掉最高分和最低分。</translation>
    </message>
    <message>
        <source>quota</source>
        <translation>比例名额</translation>
    </message>
    <message>
        <source>thresholds</source>
        <translation>分数线</translation>
    </message>
    <message>
        <source>Give at least one of --daily D.csv, --party-group P.csv, --ballots B.csv.</source>
        <translation>请至少给出 --daily D.csv、--party-group P.csv、--ballots B.csv 之一。</translation>
    </message>
    <message>
        <source>--stage is self (自评) or review (审核).</source>
        <translation>--stage 须为 self（自评）或 review（审核）。</translation>
    </message>
    <message>
        <source>--entry is 1 (first typing) or 2 (second typing of double entry).</source>
        <translation>--entry 须为 1（第一次录入）或 2（双人录入的第二次录入）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Loaded into %1: %2 daily values, %3 party-group marks, %4 ballot marks.</source>
        <translation>已载入 %1 年度：日常考核数值 %2 项，党组评价分 %3 个，评议票评分 %4 个。</translation>
    </message>
    <message>
        <source>%1 assessment%2: weights %3/%4/%5</source>
        <translation>%1 年度量化考核%2：权重 %3/%4/%5</translation>
    </message>
    <message>
        <source> (sealed)</source>
        <translation>（已封存）</translation>
    </message>
    <message>
        <source>(tie: decide)</source>
        <translation>（同分，待确定）</translation>
    </message>
    <message>
        <source> veto</source>
        <translation> 一票否决</translation>
    </message>
    <message>
        <source>Give --org CODE and --grade G (an empty grade clears the decision).</source>
        <translation>请给出 --org 组织代码 和 --grade 等次（等次为空则清除已确定的等次）。</translation>
    </message>
    <message>
        <source>Recorded the grade decision for %1.</source>
        <translation>已记录 %1 的等次确定结果。</translation>
    </message>
    <message>
        <source>Sealed the %1 assessment.</source>
        <translation>已封存 %1 年度量化考核。</translation>
    </message>
    <message>
        <source>Give the reason for reopening with --reason TEXT.</source>
        <translation>请用 --reason 原因 给出解除封存的原因。</translation>
    </message>
    <message>
        <source>Reopened the %1 assessment.</source>
        <translation>已解除 %1 年度量化考核的封存。</translation>
    </message>
    <message>
        <source>--year is required: a year such as 2026.</source>
        <translation>必须给出 --year：年度，例如 2026。</translation>
    </message>
    <message>
        <source>scheme list FILE [--json]      the indicator schemes (量化考核指标体系)</source>
        <translation>scheme list FILE [--json]      列出量化考核指标体系</translation>
    </message>
    <message>
        <source>scheme export FILE [--scheme NAME] --out S.xlsx|S.csv
                               a scheme as a sheet in the same layout</source>
        <translation>scheme export 文件 [--scheme 名称] --out 表格.xlsx|表格.csv
                               按相同格式将考核指标体系导出为表格</translation>
    </message>
    <message>
        <source>assess create FILE --year Y --scheme NAME [--weights 60,20,20] [--orgs CODE,...]
                [--with-general-branches]
                               the year&apos;s assessment of all active 党支部 (or the given ones);
                               weights of 日常考核, 党组评价, 述职评议 summing to 100</source>
        <translation>assess create 文件 --year 年度 --scheme 名称 [--weights 60,20,20] [--orgs 组织代码,...]
                [--with-general-branches]
                               建立年度量化考核，对象为全部未撤销的党支部（或指定的组织）；
                               日常考核、党组评价、述职评议的权重之和为 100</translation>
    </message>
    <message>
        <source>assess grading FILE --year Y [--scale good3|good4|cadre4] [--thresholds 90,75 | --quota 30,rest,10]
                [--ballot-points 95,85,75,60] [--trim-from 5] [--weights D,P,R]
                               how totals become grades, and how ballots count</source>
        <translation>assess grading 文件 --year 年度 [--scale good3|good4|cadre4] [--thresholds 90,75 | --quota 30,rest,10]
                [--ballot-points 95,85,75,60] [--trim-from 5] [--weights D,P,R]
                               设置按综合得分评定等次的方式，以及评议票的计分方式</translation>
    </message>
    <message>
        <source>assess load FILE --year Y [--daily D.csv [--stage review|self]] [--party-group P.csv]
                [--ballots B.csv [--entry 1|2]] [--by NAME]
                               scores from sheets: D 组织编码,指标编号,数值,说明; P 组织编码,评价人,
                               分数; B 票号,评议人类别,组织编码,分数 (number or 好/较好/一般/差);
                               all checked first, then stored together</source>
        <translation>assess load 文件 --year 年度 [--daily D.csv [--stage review|self]] [--party-group P.csv]
                [--ballots B.csv [--entry 1|2]] [--by 录入人]
                               从表格载入评分：D 的列为 组织编码,指标编号,数值,说明；P 的列为
                               组织编码,评价人,分数；B 的列为 票号,评议人类别,组织编码,分数
                               （数字或 好/较好/一般/差）；全部检查无误后一并保存</translation>
    </message>
    <message>
        <source>assess compute FILE --year Y [--json]
                               components, weighted total, rank and grade of each organisation</source>
        <translation>assess compute 文件 --year 年度 [--json]
                               计算各组织的分项得分、加权综合得分、名次和等次</translation>
    </message>
    <message>
        <source>assess decide FILE --year Y --org CODE --grade G
                               the grade of an organisation tied across a quota boundary</source>
        <translation>assess decide 文件 --year 年度 --org 组织代码 --grade 等次
                               确定在比例名额分界处同分的组织的等次</translation>
    </message>
    <message>
        <source>assess seal FILE --year Y [--by NAME]
                               seal (封存) the year; refused while ballots disagree or ties wait</source>
        <translation>assess seal 文件 --year 年度 [--by 姓名]
                               封存该年度量化考核；评议票两次录入不一致或同分等次未确定时不能封存</translation>
    </message>
    <message>
        <source>assess reopen FILE --year Y --reason TEXT [--by NAME]
                               reopen a sealed year; the reason is recorded</source>
        <translation>assess reopen 文件 --year 年度 --reason 原因 [--by 姓名]
                               解除已封存年度的封存（重新开启），原因将被记录</translation>
    </message>
    <message>
        <source>--year is required with --report %1: the year of the assessment, such as 2025.</source>
        <translation>--report %1 需要 --year：考核年度，例如 2025。</translation>
    </message>
    <message>
        <source>--person goes with --report duty-records only.</source>
        <translation>--person 只能与 --report duty-records 一起使用。</translation>
    </message>
    <message>
        <source>--report %1 covers every assessed organisation of the year and takes no --org.</source>
        <translation>--report %1 包括该年度全部参加考核的组织，不能使用 --org。</translation>
    </message>
    <message>
        <source>%1 (revision %2): %3 indicators in %4 areas, %5 points%6</source>
        <translation>%1（第 %2 版）：%4 个一级指标，共 %3 项考核指标，总分 %5 分%6</translation>
    </message>
    <message>
        <source>, locked</source>
        <translation>，已锁定</translation>
    </message>
    <message>
        <source>Imported the scheme %1: %2 indicators in %3 areas, %4 points.</source>
        <translation>已导入考核指标体系“%1”：%3 个一级指标，共 %2 项考核指标，总分 %4 分。</translation>
    </message>
    <message>
        <source>Give the sheet to write with --out S.xlsx or S.csv.</source>
        <translation>请用 --out 表格.xlsx 或 表格.csv 指定要写入的表格。</translation>
    </message>
    <message>
        <source>The file has %1 schemes; name one with --scheme NAME.</source>
        <translation>该文件中有 %1 个考核指标体系，请用 --scheme 名称 指定其中之一。</translation>
    </message>
    <message>
        <source>Wrote %1 indicators of %2 to %3.</source>
        <translation>已将“%2”的 %1 项考核指标写入 %3。</translation>
    </message>
    <message>
        <source>satisfaction create FILE --year Y [--title T]
                               the year&apos;s 满意度测评 of the 机关党委 with the usual items</source>
        <translation>satisfaction create 文件 --year 年度 [--title 标题]
                               建立年度机关党委工作满意度测评（含常用测评项目）</translation>
    </message>
    <message>
        <source>satisfaction load FILE --year Y --ballots S.csv
                               ballots from a sheet: 票号, 测评人类别 (党支部/党员), 有效 (optional,
                               否 = invalid), then one column per item in order with
                               满意/基本满意/不满意 or blank</source>
        <translation>satisfaction load 文件 --year 年度 --ballots 表格.csv
                               从表格载入测评票：票号、测评人类别（党支部/党员）、有效（可选，
                               填“否”为无效票），其后按顺序每个测评项目一列，
                               填 满意/基本满意/不满意 或留空</translation>
    </message>
    <message>
        <source>satisfaction result FILE --year Y [--json]
                               counts and satisfaction rate per item and overall</source>
        <translation>satisfaction result 文件 --year 年度 [--json]
                               各测评项目及总体的票数和满意率</translation>
    </message>
    <message>
        <source>Created %1 with %2 items.</source>
        <translation>已建立“%1”，共 %2 个测评项目。</translation>
    </message>
    <message>
        <source>Give the sheet of ballots with --ballots S.csv.</source>
        <translation>请用 --ballots 表格.csv 指定测评票表格。</translation>
    </message>
    <message>
        <source>Loaded %1 satisfaction ballots into %2.</source>
        <translation>已向 %2 年度载入 %1 张满意度测评票。</translation>
    </message>
    <message>
        <source>Overall %1; %2 valid ballots typed, %3 invalid.</source>
        <translation>总体满意率 %1；已录入有效票 %2 张，无效票 %3 张。</translation>
    </message>
    <message>
        <source>There is no satisfaction survey for %1 (see: satisfaction create).</source>
        <translation>%1 年度尚无满意度测评（请先运行 satisfaction create）。</translation>
    </message>
    <message>
        <source>print FILE --report roster|orgs [--org CODE] [--each-branch] --out OUT.pdf
  print FILE --report duty-lists --year Y [--org CODE] --out OUT.pdf
  print FILE --report duty-records --year Y --org CODE|--person ID_NUMBER --out OUT.pdf
  print FILE --report score-form --year Y [--org CODE] --out OUT.pdf
  print FILE --report summary|ballot|secretaries|satisfaction-ballot --year Y --out OUT.pdf
  print FILE --report explain --year Y --org CODE --out OUT.pdf
                               a printed form as PDF: the member roster, the organisation
                               list, the year&apos;s responsibility lists (of a subtree with
                               --org) or the record of duties of an organisation or a
                               person; roster and orgs with --each-branch write one PDF
                               per branch into the folder --out; of the year&apos;s assessment
                               the score form of a branch (of every branch without --org),
                               the ranked summary (汇总排名表), the blank 述职评议票, the
                               secretaries&apos; table, the blank 满意度测评票, or how one
                               organisation&apos;s total came to be (综合得分说明)</source>
        <translation>print 文件 --report roster|orgs [--org 组织代码] [--each-branch] --out 输出.pdf
  print 文件 --report duty-lists --year 年度 [--org 组织代码] --out 输出.pdf
  print 文件 --report duty-records --year 年度 --org 组织代码|--person 身份证号 --out 输出.pdf
  print 文件 --report score-form --year 年度 [--org 组织代码] --out 输出.pdf
  print 文件 --report summary|ballot|secretaries|satisfaction-ballot --year 年度 --out 输出.pdf
  print 文件 --report explain --year 年度 --org 组织代码 --out 输出.pdf
                               将打印表单输出为 PDF：党员花名册、组织机构一览表、年度责任
                               清单（--org 限定某一组织及其下级）或组织、个人的履责纪实；
                               roster 和 orgs 加 --each-branch 时按支部分别输出到 --out
                               文件夹；年度量化考核的支部评分表（不加 --org 为全部支部）、
                               汇总排名表、空白述职评议票、书记考核参考表、空白满意度测评票，
                               或某一组织的综合得分说明</translation>
    </message>
    <message>
        <source>--year goes with --report duty-lists, duty-records, score-form, summary, ballot, explain, secretaries or satisfaction-ballot; --person with duty-records only.</source>
        <translation>--year 只能与 --report duty-lists、duty-records、score-form、summary、ballot、explain、secretaries 或 satisfaction-ballot 一起使用；--person 只能与 duty-records 一起使用。</translation>
    </message>
    <message>
        <source>--report explain needs --org CODE: the organisation whose total is explained.</source>
        <translation>--report explain 需要 --org 组织代码：要说明综合得分的组织。</translation>
    </message>
    <message>
        <source>--report must be roster, orgs, duty-lists, duty-records, score-form, summary, ballot, explain, secretaries or satisfaction-ballot.</source>
        <translation>--report 须为 roster、orgs、duty-lists、duty-records、score-form、summary、ballot、explain、secretaries 或 satisfaction-ballot。</translation>
    </message>
    <message>
        <source>office show FILE [--json]      the office this file speaks for and its key&apos;s fingerprint</source>
        <translation>office show 文件 [--json]      显示本文件所代表的单位及其密钥指纹</translation>
    </message>
    <message>
        <source>office export-key FILE --out K.djkey
                               the office&apos;s public key as a small file for other offices</source>
        <translation>office export-key 文件 --out 密钥.djkey
                               将本单位公钥导出为小文件，供其他单位导入</translation>
    </message>
    <message>
        <source>digest FILE                    a hash of every business row in canonical order, to compare files</source>
        <translation>digest 文件                    按规范顺序计算全部业务数据的摘要，用于比较两个文件</translation>
    </message>
    <message>
        <source>Office: %1</source>
        <translation>单位：%1</translation>
    </message>
    <message>
        <source>Office id: %1</source>
        <translation>单位标识：%1</translation>
    </message>
    <message>
        <source>Signing key: none yet (made when the file is next opened for writing)</source>
        <translation>签名密钥：尚未生成（下次以可写方式打开文件时生成）</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>密钥指纹：%1</translation>
    </message>
    <message>
        <source>Give the key file to write with --out K.djkey.</source>
        <translation>请用 --out 密钥.djkey 指定要写入的密钥文件。</translation>
    </message>
    <message>
        <source>Wrote the public key of %1 to %2; fingerprint %3</source>
        <translation>已将 %1 的公钥写入 %2；密钥指纹 %3</translation>
    </message>
    <message>
        <source>Give the other office&apos;s key file with --key K.djkey.</source>
        <translation>请用 --key 密钥.djkey 指定其他单位的密钥文件。</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>已信任</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>已撤销信任</translation>
    </message>
    <message>
        <source>The passphrase file %1 cannot be read: %2</source>
        <translation>无法读取口令文件 %1：%2</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>口令文件 %1 是空的。</translation>
    </message>
    <message>
        <source>No trusted office is called %1, and no key file has that name.</source>
        <translation>没有名为 %1 的受信任单位，也没有这个名字的密钥文件。</translation>
    </message>
    <message>
        <source>Give the package to write with --out X.djpkg.</source>
        <translation>请用 --out X.djpkg 指定要写出的数据包。</translation>
    </message>
    <message>
        <source>Use either --encrypt-for or --passphrase-file, not both.</source>
        <translation>--encrypt-for 和 --passphrase-file 只能用其一。</translation>
    </message>
    <message>
        <source>--since-last and --encrypt-for name different offices.</source>
        <translation>--since-last 和 --encrypt-for 指的不是同一个单位。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n row(s), package %2 for %3, sequence %4%5.</source>
        <translation>
            <numerusform>已写出 %1：%n 行，数据包 %2，发往 %3，序号 %4%5。</numerusform>
        </translation>
    </message>
    <message>
        <source>any office</source>
        <translation>任意单位</translation>
    </message>
    <message>
        <source>, changes since %1</source>
        <translation>，%1 以来的变化</translation>
    </message>
    <message>
        <source>PACKAGE</source>
        <translation>数据包</translation>
    </message>
    <message>
        <source>The package is signed by %1 (%2).</source>
        <translation>数据包由 %1（%2）签名。</translation>
    </message>
    <message>
        <source>Package %1 from %2, sequence %3, scope %4</source>
        <translation>数据包 %1，来自 %2，序号 %3，范围 %4</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Nothing to change: this file already has everything in the package.</source>
        <translation>无需改动：本文件已有数据包中的全部内容。</translation>
    </message>
    <message>
        <source>Preview only: nothing was changed.</source>
        <translation>仅预览：未做任何改动。</translation>
    </message>
    <message numerus="yes">
        <source>Imported (log entry %1). %n conflict(s) wait for a decision: dangjian-cli conflicts %2</source>
        <translation>
            <numerusform>已导入（日志第 %1 条）。%n 处冲突待处理：dangjian-cli conflicts %2</numerusform>
        </translation>
    </message>
    <message>
        <source>	undone %1</source>
        <translation>	已于 %1 撤销</translation>
    </message>
    <message>
        <source>Undid import %1 (package from %2, sequence %3).</source>
        <translation>已撤销第 %1 次导入（来自 %2 的数据包，序号 %3）。</translation>
    </message>
    <message>
        <source>No conflicts wait for a decision.</source>
        <translation>没有待处理的冲突。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>The conflict ID is a number; see dangjian-cli conflicts FILE.</source>
        <translation>冲突编号是数字；见 dangjian-cli conflicts FILE。</translation>
    </message>
    <message>
        <source>Say which version to keep: --take mine, --take theirs, or --theirs-fields COLUMN,COLUMN.</source>
        <translation>请说明保留哪个版本：--take mine、--take theirs 或 --theirs-fields 列,列。</translation>
    </message>
    <message>
        <source>%1 has no column %2.</source>
        <translation>%1 没有列 %2。</translation>
    </message>
    <message>
        <source>Conflict %1 settled.</source>
        <translation>冲突 %1 已处理。</translation>
    </message>
    <message>
        <source>export FILE --scope all|org:CODE|year:Y|schemes [--since-last OFFICE|K.djkey]
       [--encrypt-for K.djkey | --passphrase-file P] --out X.djpkg
                               a signed package for another office: every row, an
                               organisation subtree, a year, or schemes and templates;
                               only what changed since the last one to that office</source>
        <translation>export FILE --scope all|org:CODE|year:Y|schemes [--since-last OFFICE|K.djkey]
       [--encrypt-for K.djkey | --passphrase-file P] --out X.djpkg
                               为其他单位生成签名数据包：全部数据、某组织及其下级、
                               某一年度，或考核方案与清单模板；--since-last 只含上次
                               发给该单位以来的变化</translation>
    </message>
    <message>
        <source>import log FILE [--json]       the packages imported into this file</source>
        <translation>import log FILE [--json]       本文件导入过的数据包</translation>
    </message>
    <message>
        <source>import undo FILE               undo the last import</source>
        <translation>import undo FILE               撤销最近一次导入</translation>
    </message>
    <message>
        <source>conflicts resolve FILE ID --take mine|theirs | --theirs-fields COL,COL
                               settle a conflict with one version, or field by field</source>
        <translation>conflicts resolve FILE ID --take mine|theirs | --theirs-fields 列,列
                               以某一版本或逐个字段处理冲突</translation>
    </message>
    <message>
        <source>conflicts FILE [--all] [--json] rows changed both here and elsewhere, waiting for a decision</source>
        <translation>conflicts FILE [--all] [--json] 本单位和其他单位都改过、等待处理的数据行</translation>
    </message>
    <message>
        <source>--speaks-for must be committee or party-group.</source>
        <translation>--speaks-for 只能是 committee 或 party-group。</translation>
    </message>
    <message>
        <source>Created %1 for %2 (office %3, key %4).</source>
        <translation>已为 %2 创建数据文件 %1（单位标识 %3，密钥指纹 %4）。</translation>
    </message>
    <message>
        <source>init FILE --office NAME       create an empty data file for an office
  init FILE --department NAME --code CODE [--speaks-for committee|party-group]
            [--no-scheme] [--no-templates]
                               a department file: its 党组 and 机关党委, the
                               built-in scheme and list templates</source>
        <translation>init FILE --office NAME       为单位新建空白数据文件
  init FILE --department NAME --code CODE [--speaks-for committee|party-group]
            [--no-scheme] [--no-templates]
                               新建本单位数据文件：党组和机关党委、
                               内置量化考核方案和责任清单模板</translation>
    </message>
    <message>
        <source>--keep needs a whole number, not %1.</source>
        <translation>--keep 需要一个整数，而不是 %1。</translation>
    </message>
    <message>
        <source>The newest %1 automatic backups are kept.</source>
        <translation>自动备份保留最近的 %1 份。</translation>
    </message>
    <message>
        <source>--out names a folder; %1 is a file.</source>
        <translation>--out 应指定文件夹；%1 是一个文件。</translation>
    </message>
    <message>
        <source>Backed up and verified: %1 (%2 bytes)</source>
        <translation>已备份并校验：%1（%2 字节）</translation>
    </message>
    <message>
        <source>Backups in %1 (the newest %2 automatic ones are kept):</source>
        <translation>%1 中的备份（自动备份保留最近的 %2 份）：</translation>
    </message>
    <message>
        <source>  (none yet)</source>
        <translation>  （尚无备份）</translation>
    </message>
    <message>
        <source>restore needs --from BACKUP.djdb.</source>
        <translation>restore 需要 --from 备份文件.djdb。</translation>
    </message>
    <message>
        <source>%1 will be replaced by the backup %2 (a copy of it as it is now is kept first). Type yes to restore:</source>
        <translation>%1 将被备份 %2 替换（替换前先保存当前文件的副本）。输入 yes 确认恢复：</translation>
    </message>
    <message>
        <source>Not confirmed: nothing was restored.</source>
        <translation>未确认：没有恢复任何内容。</translation>
    </message>
    <message>
        <source>Restored %1 from %2. The file as it was is kept in %3.</source>
        <translation>已从 %2 恢复 %1。恢复前的文件保存在 %3。</translation>
    </message>
    <message>
        <source>The restored file was upgraded to schema version %1.</source>
        <translation>恢复的文件已升级到数据结构版本 %1。</translation>
    </message>
    <message>
        <source>The file as it was before is kept in %1</source>
        <translation>导入前的文件保存在 %1</translation>
    </message>
    <message>
        <source>backup FILE [--out DIR] [--keep N]
                               a verified copy in DIR (default: the backups folder
                               beside FILE); --keep sets how many automatic copies
                               (daily, before imports) are kept</source>
        <translation>backup FILE [--out DIR] [--keep N]
                               在 DIR（默认为 FILE 旁的 backups 文件夹）中生成
                               经过校验的副本；--keep 设置保留多少份自动备份
                               （每日、导入前）</translation>
    </message>
    <message>
        <source>backups FILE [--json]         the copies in the backups folder, newest first</source>
        <translation>backups FILE [--json]         backups 文件夹中的备份，最新的在前</translation>
    </message>
    <message>
        <source>restore FILE --from BACKUP [--yes]
                               replace the content of FILE by a verified backup
                               (the current content is backed up first)</source>
        <translation>restore FILE --from BACKUP [--yes]
                               用经过校验的备份替换 FILE 的内容
                               （先备份当前内容）</translation>
    </message>
    <message>
        <source>--name ACCOUNT is needed.</source>
        <translation>需要 --name 账户名。</translation>
    </message>
    <message>
        <source>No accounts: nobody needs to sign in. `account add FILE --name N --role admin` turns sign-in on.</source>
        <translation>没有账户：无需登录。`account add FILE --name N --role admin` 可启用登录。</translation>
    </message>
    <message>
        <source>  (disabled)</source>
        <translation>  （已停用）</translation>
    </message>
    <message numerus="yes">
        <source>  (%n wrong password(s) in a row)</source>
        <translation>
            <numerusform>  （连续 %n 次密码错误）</numerusform>
        </translation>
    </message>
    <message>
        <source>--role is needed: one of %1.</source>
        <translation>需要 --role：%1 之一。</translation>
    </message>
    <message>
        <source>Account %1 added (%2).</source>
        <translation>已添加账户 %1（%2）。</translation>
    </message>
    <message>
        <source>From now on everyone signs in to open %1.</source>
        <translation>从现在起，打开 %1 需要登录。</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot;.</source>
        <translation>没有账户“%1”。</translation>
    </message>
    <message>
        <source>--disable and --enable cannot both be given.</source>
        <translation>--disable 与 --enable 不能同时使用。</translation>
    </message>
    <message>
        <source>Account %1 changed (%2%3).</source>
        <translation>已修改账户 %1（%2%3）。</translation>
    </message>
    <message>
        <source>, disabled</source>
        <translation>，已停用</translation>
    </message>
    <message>
        <source>The password of %1 was set.</source>
        <translation>已设置 %1 的密码。</translation>
    </message>
    <message>
        <source>%1 may sign in again at once.</source>
        <translation>%1 现在可以立即再次登录。</translation>
    </message>
    <message>
        <source>Remove the account %1? Type yes to remove:</source>
        <translation>删除账户 %1？输入 yes 确认删除：</translation>
    </message>
    <message>
        <source>Not confirmed: nothing was removed.</source>
        <translation>未确认：未删除任何内容。</translation>
    </message>
    <message>
        <source>Account %1 removed.</source>
        <translation>已删除账户 %1。</translation>
    </message>
    <message>
        <source>Account %1 removed; nobody needs to sign in any more.</source>
        <translation>已删除账户 %1；此后无需登录。</translation>
    </message>
    <message>
        <source>--%1 must be a date such as 2026-01-31.</source>
        <translation>--%1 必须是日期，例如 2026-01-31。</translation>
    </message>
    <message>
        <source>--out must name a .csv file.</source>
        <translation>--out 必须是 .csv 文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n audit log entry(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 条审计日志写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>     No.  Time (local)         Change  Table               Row                                   User</source>
        <translation>    序号  时间（本地）         操作    表                  行                                    用户</translation>
    </message>
    <message>
        <source>  (no entries)</source>
        <translation>  （没有记录）</translation>
    </message>
    <message>
        <source>the audit log cannot be read: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
    <message numerus="yes">
        <source>Audit log: %n entry(s), unbroken; its head is %1.</source>
        <translation>
            <numerusform>审计日志：%n 条，链完整；链头为 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>check FILE                    integrity, references, schema version and the audit log&apos;s
                               chain; exit 0 only if all hold</source>
        <translation>check FILE                    检查完整性、引用关系、数据格式版本和审计日志链；
                               全部无误时退出码为 0</translation>
    </message>
    <message>
        <source>account list FILE [--json]    the accounts (none: nobody needs to sign in)</source>
        <translation>account list FILE [--json]    列出账户（没有账户时无需登录）</translation>
    </message>
    <message>
        <source>account add FILE --name N --role admin|committee|branch|readonly [--org CODE]
      [--display-name D] [--disabled]
                               a new account (administrators); the password comes from
                               DJ_NEW_PASSWORD or is asked twice; the first account, an
                               administrator, turns sign-in on; --org: a branch&apos;s subtree</source>
        <translation>account add FILE --name N --role admin|committee|branch|readonly [--org CODE]
      [--display-name D] [--disabled]
                               新建账户（管理员）；密码取自 DJ_NEW_PASSWORD 或输入两次；
                               第一个账户须为管理员，添加后启用登录；--org：支部账户的组织</translation>
    </message>
    <message>
        <source>account set FILE --name N [--role R] [--org CODE] [--display-name D] [--disable|--enable]
                               change an account&apos;s role, organisation or name</source>
        <translation>account set FILE --name N [--role R] [--org CODE] [--display-name D] [--disable|--enable]
                               修改账户的角色、组织或名称</translation>
    </message>
    <message>
        <source>account password FILE --name N
                               set an account&apos;s password (DJ_NEW_PASSWORD or asked)</source>
        <translation>account password FILE --name N
                               设置账户密码（取自 DJ_NEW_PASSWORD 或输入）</translation>
    </message>
    <message>
        <source>account unlock FILE --name N  let an account locked by wrong passwords try again</source>
        <translation>account unlock FILE --name N  解除因密码错误而锁定的账户</translation>
    </message>
    <message>
        <source>account remove FILE --name N [--yes]
                               remove an account; removing the last turns sign-in off</source>
        <translation>account remove FILE --name N [--yes]
                               删除账户；删除最后一个账户后不再需要登录</translation>
    </message>
    <message>
        <source>%1 asks for a user name and a password: set DJ_USER and DJ_PASSWORD, or run the command on a terminal.</source>
        <translation>%1 需要用户名和密码：请设置 DJ_USER 和 DJ_PASSWORD，或在终端中运行此命令。</translation>
    </message>
    <message>
        <source>%1 asks you to sign in.
</source>
        <translation>%1 需要登录。
</translation>
    </message>
    <message>
        <source>User name: </source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>A new password is needed: set DJ_NEW_PASSWORD, or run the command on a terminal.</source>
        <translation>需要新密码：请设置 DJ_NEW_PASSWORD，或在终端中运行此命令。</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>The new password again: </source>
        <translation>再次输入新密码：</translation>
    </message>
    <message>
        <source>The two passwords differ: nothing was changed.</source>
        <translation>两次输入的密码不一致：未做任何修改。</translation>
    </message>
    <message>
        <source>
  --help, --version
  --lang zh_CN|en   the language of messages (else DJ_LANG, else Preferences, else Chinese)

Exit codes: 0 ok, 1 check failed, 2 usage, 3 file cannot be used, 4 invalid data, 5 storage error.</source>
        <translation>
  --help, --version
  --lang zh_CN|en   提示信息的语言（其次为 DJ_LANG，再次为首选项，默认中文）

退出码：0 正常，1 检查未通过，2 用法错误，3 文件无法使用，4 数据无效，5 存储错误。</translation>
    </message>
    <message>
        <source>Draft: values still to be entered — daily: %1 organisations, %2 not reviewed; party group: %3 organisations, %4 marks; report ballots: %5 organisations.</source>
        <translation>草稿：尚有数值未录入——日常考核：%1 个组织，%2 项未审核；党组评价：%3 个组织，缺 %4 个评分；述职评议：%5 个组织。</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>未录入</translation>
    </message>
    <message>
        <source> (draft)</source>
        <translation>（草稿）</translation>
    </message>
    <message>
        <source>pending entry</source>
        <translation>待录入</translation>
    </message>
    <message>
        <source>--out must name an .xlsx file.</source>
        <translation>--out 必须是 .xlsx 文件。</translation>
    </message>
    <message>
        <source>import-template takes at most one data file.</source>
        <translation>import-template 最多只能指定一个数据文件。</translation>
    </message>
    <message>
        <source>Template written: %1.</source>
        <translation>已写入模板：%1。</translation>
    </message>
    <message>
        <source>import-people FILE --from SHEET.xlsx|SHEET.xls|SHEET.csv [--dry-run] [--valid-only] [--json]
                  [--branch CODE] [--map FIELD=COLUMN,...]
                               add people from a spreadsheet: all rows or nothing, or
                               only the valid rows with --valid-only; --branch for rows
                               without one; --map corrects a guessed column (name=B)</source>
        <translation>import-people FILE --from SHEET.xlsx|SHEET.xls|SHEET.csv [--dry-run] [--valid-only] [--json]
                  [--branch CODE] [--map FIELD=COLUMN,...]
                               从电子表格导入人员：全部导入或全部不导入，或使用
                               --valid-only 仅导入有效行；--branch 指定未填写支部的行
                               编入的支部；--map 更正自动识别的列（如 name=B）</translation>
    </message>
    <message>
        <source>import-orgs FILE --from SHEET.xlsx|SHEET.xls|SHEET.csv [--dry-run] [--valid-only] [--json]
                               add organisations from a spreadsheet, parents before
                               children: all rows or nothing, or only the valid rows
                               with --valid-only</source>
        <translation>import-orgs FILE --from SHEET.xlsx|SHEET.xls|SHEET.csv [--dry-run] [--valid-only] [--json]
                               从电子表格导入党组织，先导入上级组织、后导入下级组织：
                               全部导入或全部不导入，或使用 --valid-only 仅导入有效行</translation>
    </message>
    <message>
        <source>import-template [FILE] --table people|orgs --out TEMPLATE.xlsx
                               the sheet to fill in for import-people or import-orgs:
                               the headers they recognise and one example row (fitting
                               FILE&apos;s branches and codes when FILE is given)</source>
        <translation>import-template [FILE] --table people|orgs --out TEMPLATE.xlsx
                               import-people 或 import-orgs 的导入模板：它们能识别的
                               表头和一行示例（指定 FILE 时示例与该文件的支部和代码
                               相符）</translation>
    </message>
    <message>
        <source>scheme import FILE --from S.xlsx|S.xls|S.csv [--name N] | --builtin
                               a scheme from a sheet (一级指标, 指标编号, 考核指标, 分值,
                               评分方式, 每次分值, 目标值, 评分标准), or the built-in example</source>
        <translation>scheme import 文件 --from 表格.xlsx|表格.xls|表格.csv [--name 名称] | --builtin
                               从表格导入考核指标体系（列：一级指标、指标编号、考核指标、
                               分值、评分方式、每次分值、目标值、评分标准），或装入内置示例</translation>
    </message>
    <message>
        <source>Give the sheet with --from S.xlsx, S.xls or S.csv (or --builtin).</source>
        <translation>请用 --from 表格.xlsx、表格.xls 或 表格.csv 指定表格（或使用 --builtin）。</translation>
    </message>
    <message>
        <source>%1 more rows differ from the audit log</source>
        <translation>另有 %1 行与审计日志不符</translation>
    </message>
    <message>
        <source>audit FILE [--user U] [--table T] [--row ID] [--op insert|update|delete|event|baseline]
      [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--limit N] [--json] [--out FILE.csv]
                               the audit log, newest first: who changed which row and
                               when; --out writes it as CSV (administrators and the
                               机关党委 only)</source>
        <translation>audit FILE [--user U] [--table T] [--row ID] [--op insert|update|delete|event|baseline]
      [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--limit N] [--json] [--out FILE.csv]
                               审计日志，最新的在前：谁在何时修改了哪一行、做了哪些操作；
                               --out 导出为 CSV（仅限管理员和机关党委）</translation>
    </message>
    <message>
        <source>new %1, updated %2, deleted %3, conflicts %4</source>
        <translation>新增 %1，更新 %2，删除 %3，冲突 %4</translation>
    </message>
    <message>
        <source>--by names who enters only in a file without accounts; here the signed-in account %1 is recorded: leave out --by.</source>
        <translation>--by 只在未启用账号的文件中指定录入人；此文件记录已登录的账号 %1：请去掉 --by。</translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n row(s) the sender may not change here:</source>
        <translation>
            <numerusform>未导入：发送单位无权在此修改的 %n 行数据：</numerusform>
        </translation>
    </message>
    <message>
        <source>office trust FILE --key K.djkey --speaks-for department|ORGCODE [--yes]
                 [--replace-key] [--reinstate]
                               trust another office&apos;s key after comparing its fingerprint,
                               for the whole department or one organisation and below</source>
        <translation>office trust FILE --key K.djkey --speaks-for department|ORGCODE [--yes]
                 [--replace-key] [--reinstate]
                               核对指纹后信任另一单位的密钥，
                               代表范围为整个部门或某一组织及其下级</translation>
    </message>
    <message>
        <source>office scope FILE --office NAME --speaks-for department|ORGCODE
                               change what a trusted office speaks for</source>
        <translation>office scope FILE --office NAME --speaks-for department|ORGCODE
                               修改已信任单位的代表范围</translation>
    </message>
    <message>
        <source>office peers FILE [--json]     the offices trusted here, with fingerprints and what they speak for</source>
        <translation>office peers FILE [--json]     本单位信任的单位，及其指纹和代表范围</translation>
    </message>
    <message>
        <source>import FILE X.djpkg [--dry-run] [--json] [--passphrase-file P] [--skip-refused]
       [--trust --speaks-for department|ORGCODE [--yes] [--replace-key] [--reinstate]]
                               verify, preview (--dry-run) and merge a package; rows its
                               sender may not change refuse it, or --skip-refused leaves
                               them out; --trust trusts the sender with the import</source>
        <translation>import FILE X.djpkg [--dry-run] [--json] [--passphrase-file P] [--skip-refused]
       [--trust --speaks-for department|ORGCODE [--yes] [--replace-key] [--reinstate]]
                               校验、预览（--dry-run）并合并数据包；含有发送单位无权修改
                               的数据时拒绝导入，--skip-refused 则不导入这些数据；
                               --trust 在导入的同时信任发送单位</translation>
    </message>
    <message>
        <source>Say what the office speaks for with --speaks-for department (the whole department) or --speaks-for ORGCODE (that organisation and below); a key is not trusted without it.</source>
        <translation>请用 --speaks-for department（整个部门）或 --speaks-for 组织代码（该组织及其下级）说明该单位的代表范围；未说明则不信任其密钥。</translation>
    </message>
    <message>
        <source>Trusted %1; it speaks for %2.</source>
        <translation>已信任 %1，代表范围：%2。</translation>
    </message>
    <message>
        <source>Name the trusted office with --office NAME (its name or id; see office peers).</source>
        <translation>请用 --office 名称 指定已信任的单位（名称或编号，见 office peers）。</translation>
    </message>
    <message>
        <source>No trusted office is called %1.</source>
        <translation>没有名为 %1 的已信任单位。</translation>
    </message>
    <message>
        <source>Several trusted offices are called %1; name one by its id (see office peers).</source>
        <translation>有多个已信任的单位名为 %1，请用编号指定（见 office peers）。</translation>
    </message>
    <message>
        <source>%1 now speaks for %2.</source>
        <translation>%1 现在的代表范围：%2。</translation>
    </message>
    <message>
        <source>%1 changed its key (signed with the key trusted here): old %2, new %3.</source>
        <translation>%1 更换了密钥（由本单位信任的密钥签名）：原 %2，新 %3。</translation>
    </message>
    <message>
        <source>office new-key FILE             a new key pair for this office; the next package to each
                               trusted office carries the change, signed with the old key</source>
        <translation>office new-key FILE             为本单位生成新的密钥对；发给每个信任本单位的单位的
                               下一个数据包附带由原密钥签名的更换通知</translation>
    </message>
    <message>
        <source>New key pair for %1: old fingerprint %2, new fingerprint %3.</source>
        <translation>已为 %1 生成新密钥对：原指纹 %2，新指纹 %3。</translation>
    </message>
    <message>
        <source>Every package from now on carries the change, signed with the old key; offices that trust the old key take the new one with their next import. Give offices that have not trusted this office yet the new key file (office export-key).</source>
        <translation>此后每个数据包都附带由原密钥签名的更换通知；信任原密钥的单位在下次导入时接收新密钥。尚未信任本单位的单位请给他们新的密钥文件（office export-key）。</translation>
    </message>
</context>
<context>
    <name>dj::AccountRepository</name>
    <message>
        <source>There is no account &quot;%1&quot;.</source>
        <translation>没有账户“%1”。</translation>
    </message>
    <message>
        <source>Only an administrator may change accounts.</source>
        <translation>只有管理员才能修改账户。</translation>
    </message>
    <message>
        <source>The account name must not be empty.</source>
        <translation>用户名不能为空。</translation>
    </message>
    <message>
        <source>The account name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>The account name must not contain spaces.</source>
        <translation>用户名中不能有空格。</translation>
    </message>
    <message>
        <source>The display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>A branch account needs the organisation it works for.</source>
        <translation>支部账户需要选择所属组织。</translation>
    </message>
    <message>
        <source>The organisation of the branch account does not exist.</source>
        <translation>支部账户的所属组织不存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the last enabled administrator: make another account an administrator first.</source>
        <translation>“%1”是最后一个启用的管理员：请先把另一个账户设为管理员。</translation>
    </message>
    <message>
        <source>The first account must be an enabled administrator, or nobody could manage the accounts.</source>
        <translation>第一个账户必须是启用的管理员，否则没有人能管理账户。</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; already exists.</source>
        <translation>账户“%1”已存在。</translation>
    </message>
    <message>
        <source>This file has no accounts, so there is no password to change.</source>
        <translation>这个文件没有启用账户，没有可修改的密码。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
</context>
<context>
    <name>dj::AccountsWereOn</name>
    <message>
        <source>the backup copy %1 has accounts and an audit log this file no longer holds</source>
        <translation>备份副本 %1 有账号，且其审计日志已不在此文件中</translation>
    </message>
    <message>
        <source>its audit log records accounts that were never removed in Dangjian Desk</source>
        <translation>其审计日志记录的账号从未在党建桌面中删除</translation>
    </message>
    <message>
        <source>its audit log says sign-in was turned on and never turned off</source>
        <translation>其审计日志表明登录已开启且从未关闭</translation>
    </message>
    <message>
        <source>its audit log records a sign-in after the last account was removed</source>
        <translation>其审计日志记录了最后一个账号删除之后的登录</translation>
    </message>
    <message>
        <source>its office key is still stored wrapped for its accounts</source>
        <translation>其单位密钥仍以各账户的密码加密保存</translation>
    </message>
</context>
<context>
    <name>dj::AssessExplain</name>
    <message>
        <source>A veto indicator has an occurrence: the lowest grade, %1, whatever the total.</source>
        <translation>一票否决指标有发生记录：无论综合得分多少，均评为最低等次“%1”。</translation>
    </message>
    <message>
        <source>The total %1 ties with another across a quota boundary: the grade waits for a decision.</source>
        <translation>综合得分 %1 与其他组织在比例名额分界处同分，等次待确定。</translation>
    </message>
    <message>
        <source>The total %1 reaches the threshold %2 of %3.</source>
        <translation>综合得分 %1 达到“%3”等次的分数线 %2。</translation>
    </message>
    <message>
        <source>The total %1 is below every threshold: %2.</source>
        <translation>综合得分 %1 低于所有分数线，评为“%2”。</translation>
    </message>
    <message>
        <source>Rank %1 of %2 by quota (%3) gives %4.</source>
        <translation>在 %2 个组织中排第 %1 名，按比例名额（%3）评为“%4”。</translation>
    </message>
    <message>
        <source>The organisation is not part of the %1 assessment.</source>
        <translation>该组织未参加 %1 年度量化考核。</translation>
    </message>
    <message>
        <source>Nothing is entered yet (%1): there is no total and no grade.</source>
        <translation>尚未录入任何数值（%1）：没有综合得分，也没有等次。</translation>
    </message>
    <message>
        <source>Draft, values are still to be entered (%1); the draft total weighs the components entered, their weights scaled to 100 %. As it stands: %2</source>
        <translation>草稿，尚有数值未录入（%1）；草稿综合得分按已录入各项的权重折合为 100% 计算。按目前数据：%2</translation>
    </message>
</context>
<context>
    <name>dj::AssessSeal</name>
    <message>
        <source>Ballot %1 was typed with the rater kind “%2” and then “%3”.</source>
        <translation>评议票 %1 第一次录入的评议人类别为“%2”，第二次为“%3”。</translation>
    </message>
    <message>
        <source>Ballot %1, %2: typed “%3” the first time and “%4” the second.</source>
        <translation>评议票 %1，%2：第一次录入为“%3”，第二次录入为“%4”。</translation>
    </message>
    <message>
        <source>%1 tie at %2 across the boundary between %3: decide their grades.</source>
        <translation>%1 的综合得分同为 %2，处于“%3”等次分界处：请确定其等次。</translation>
    </message>
    <message>
        <source>The assessment cannot be sealed yet: %1</source>
        <translation>量化考核暂不能封存：%1</translation>
    </message>
    <message>
        <source>%1 (%2): %3.</source>
        <translation>%1（%2）：%3。</translation>
    </message>
    <message>
        <source>… and %1 more organisations with values still to be entered.</source>
        <translation>……另有 %1 个组织尚有数值未录入。</translation>
    </message>
    <message>
        <source>daily assessment</source>
        <translation>日常考核</translation>
    </message>
    <message>
        <source>party group evaluation</source>
        <translation>党组评价</translation>
    </message>
    <message>
        <source>report ballots</source>
        <translation>述职评议</translation>
    </message>
    <message>
        <source>not entered: %1</source>
        <translation>未录入：%1</translation>
    </message>
    <message>
        <source>self-assessed but not reviewed: %1</source>
        <translation>已自评未审核：%1</translation>
    </message>
    <message>
        <source>no party-group mark from %1</source>
        <translation>缺 %1 的党组评分</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the kinds of values missing</comment>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>dj::AssessSheetLoad</name>
    <message>
        <source>%1: “%2” is not an organisation of the %3 assessment.</source>
        <translation>%1：“%2”不是 %3 年度量化考核的参加考核组织。</translation>
    </message>
    <message>
        <source>%1: “%2” is not an indicator of the scheme.</source>
        <translation>%1：“%2”不是该指标体系中的考核指标。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: the evaluator is missing.</source>
        <translation>%1：未填写评价人。</translation>
    </message>
    <message>
        <source>%1: “%2” is not a score from 0 to 100.</source>
        <translation>%1：“%2”不是 0 到 100 之间的分数。</translation>
    </message>
    <message>
        <source>%1: the ballot number is missing.</source>
        <translation>%1：未填写票号。</translation>
    </message>
</context>
<context>
    <name>dj::AssessmentRepository</name>
    <message>
        <source>There is no assessment for %1.</source>
        <translation>%1 年度尚未建立量化考核。</translation>
    </message>
    <message>
        <source>The assessment no longer exists.</source>
        <translation>该量化考核已不存在。</translation>
    </message>
    <message>
        <source>Each weight must be between 0 and 100.</source>
        <translation>各项权重须在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>The weights %1 + %2 + %3 add up to %4, not 100.</source>
        <translation>权重 %1 + %2 + %3 之和为 %4，不等于 100。</translation>
    </message>
    <message>
        <source>The year %1 is outside 2000–2100.</source>
        <translation>年度 %1 超出 2000–2100 的范围。</translation>
    </message>
    <message>
        <source>Choose at least one organisation to assess.</source>
        <translation>请至少选择一个参加考核的组织。</translation>
    </message>
    <message>
        <source>There is already an assessment for %1.</source>
        <translation>%1 年度已建立量化考核。</translation>
    </message>
    <message>
        <source>The scheme no longer exists.</source>
        <translation>该考核指标体系已不存在。</translation>
    </message>
    <message>
        <source>%1 annual assessment</source>
        <translation>%1 年度量化考核</translation>
    </message>
    <message>
        <source>Give the points of each ballot grade: %1.</source>
        <translation>请给出评议票各等次的折算分值：%1。</translation>
    </message>
    <message>
        <source>The points of a ballot grade must be between 0 and 100.</source>
        <translation>评议票等次的折算分值须在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>The highest and lowest score can only be dropped from 3 ballots on.</source>
        <translation>评议票不少于 3 张时才能去掉最高分和最低分。</translation>
    </message>
    <message>
        <source>An organisation to assess no longer exists.</source>
        <translation>有参加考核的组织已不存在。</translation>
    </message>
    <message>
        <source>“%1” is not a grade of this assessment.</source>
        <translation>“%1”不是本次考核的等次。</translation>
    </message>
    <message>
        <source>The organisation is not part of this assessment.</source>
        <translation>该组织未参加本次考核。</translation>
    </message>
    <message>
        <source>The %1 assessment is sealed; nothing in it can change. Reopen it (with a reason) first.</source>
        <translation>%1 年度量化考核已封存，任何内容均不能修改。请先填写原因解除封存。</translation>
    </message>
    <message>
        <source>Give the reason for reopening a sealed assessment.</source>
        <translation>请填写解除封存的原因。</translation>
    </message>
    <message>
        <source>The %1 assessment is already sealed.</source>
        <translation>%1 年度量化考核已经封存。</translation>
    </message>
    <message>
        <source>The %1 assessment is not sealed.</source>
        <translation>%1 年度量化考核尚未封存。</translation>
    </message>
    <message>
        <source>A pair joins two different organisations of the assessment.</source>
        <translation>结对须由两个不同的参加考核组织组成。</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The name of who sealed or reopened it</source>
        <translation>封存或重新开启人的姓名</translation>
    </message>
</context>
<context>
    <name>dj::AttachmentRows</name>
    <message>
        <source>The package cannot be imported: table attachment, row %1, field %2: %3</source>
        <translation>无法导入该数据包：表 attachment，行 %1，字段 %2：%3</translation>
    </message>
    <message>
        <source>the id is not a UUID.</source>
        <translation>行标识不是 UUID。</translation>
    </message>
    <message>
        <source>the file name &quot;%1&quot; holds a folder, a drive, a control or direction character, a Windows device name or is too long; as a plain name it would be &quot;%2&quot;.</source>
        <translation>文件名“%1”含有文件夹、盘符、控制字符或文字方向字符，或是 Windows 设备名，或者过长；作为普通文件名应为“%2”。</translation>
    </message>
    <message>
        <source>the file is %1; evidence files may be at most %2.</source>
        <translation>文件大小为 %1；佐证材料每个文件不能超过 %2。</translation>
    </message>
    <message>
        <source>the row says %1 bytes but carries %2.</source>
        <translation>该行记载 %1 字节，实际内容为 %2 字节。</translation>
    </message>
    <message>
        <source>the file&apos;s SHA-256 does not match its content.</source>
        <translation>文件的 SHA-256 与其内容不符。</translation>
    </message>
</context>
<context>
    <name>dj::AttachmentStore</name>
    <message>
        <source>%1 is %2; evidence files may be at most %3.</source>
        <translation>%1 大小为 %2；佐证材料每个文件不能超过 %3。</translation>
    </message>
    <message>
        <source>%1 is not a file that can be attached.</source>
        <translation>%1 不是可以附加的文件。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>An evidence file needs a name.</source>
        <translation>佐证材料需要文件名。</translation>
    </message>
    <message>
        <source>The evidence file no longer exists.</source>
        <translation>该佐证材料已不存在。</translation>
    </message>
    <message>
        <source>The stored copy of %1 is damaged (its SHA-256 does not match).</source>
        <translation>%1 的存储副本已损坏（SHA-256 校验不一致）。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>dj::AuditEvent</name>
    <message>
        <source>Restored from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Package exported</source>
        <translation>导出数据包</translation>
    </message>
    <message>
        <source>Backup copy made</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <source>Copy saved</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>登录被拒</translation>
    </message>
    <message>
        <source>Sign-in turned on</source>
        <translation>开启登录</translation>
    </message>
    <message>
        <source>Sign-in turned off</source>
        <translation>关闭登录</translation>
    </message>
    <message>
        <source>Office trust changed</source>
        <translation>单位信任变更</translation>
    </message>
    <message>
        <source>Office key replaced</source>
        <translation>单位密钥已更换</translation>
    </message>
    <message>
        <source>Trusted office&apos;s key changed</source>
        <translation>受信任单位的密钥已更换</translation>
    </message>
</context>
<context>
    <name>dj::AuditLog</name>
    <message>
        <source>The audit log cannot be checked: libsodium failed to start.</source>
        <translation>无法校验审计日志：libsodium 无法启动。</translation>
    </message>
    <message>
        <source>The head record of the audit log is missing.</source>
        <translation>审计日志的链头记录缺失。</translation>
    </message>
    <message>
        <source>Entry %1 of the audit log is missing.</source>
        <translation>审计日志第 %1 条缺失。</translation>
    </message>
    <message>
        <source>Entries %1–%2 of the audit log are missing.</source>
        <translation>审计日志第 %1–%2 条缺失。</translation>
    </message>
    <message>
        <source>Entry %1 of the audit log was changed.</source>
        <translation>审计日志第 %1 条被改动。</translation>
    </message>
    <message>
        <source>The check of the audit log was stopped after %1 entries.</source>
        <translation>审计日志校验在第 %1 条后停止。</translation>
    </message>
    <message>
        <source>The last entry of the audit log, %1, was removed (the log ends at %2).</source>
        <translation>审计日志的最后一条（第 %1 条）被删除（日志止于第 %2 条）。</translation>
    </message>
    <message>
        <source>The last %1 entries of the audit log were removed (the log ends at %2, its head says %3).</source>
        <translation>审计日志的最后 %1 条被删除（日志止于第 %2 条，链头记录为第 %3 条）。</translation>
    </message>
    <message>
        <source>Entry %1 of the audit log was added outside Dangjian Desk (its head says %2).</source>
        <translation>审计日志第 %1 条是在机关党建工作台之外添加的（链头记录为第 %2 条）。</translation>
    </message>
    <message>
        <source>Entries %1–%2 of the audit log were added outside Dangjian Desk (its head says %3).</source>
        <translation>审计日志第 %1–%2 条是在机关党建工作台之外添加的（链头记录为第 %3 条）。</translation>
    </message>
    <message>
        <source>The head record of the audit log was changed: it does not match entry %1.</source>
        <translation>审计日志的链头记录被改动：与第 %1 条不符。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>数据行</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Digest before</source>
        <translation>变更前摘要</translation>
    </message>
    <message>
        <source>Digest after</source>
        <translation>变更后摘要</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>链值</translation>
    </message>
</context>
<context>
    <name>dj::AuditReconcile</name>
    <message>
        <source>table %1, row %2: changed without this program (it differs from its last logged state)</source>
        <translation>表 %1，行 %2：未经本程序被修改（与审计日志最后记录的状态不符）</translation>
    </message>
    <message>
        <source>table %1, row %2: added without this program (the audit log has no entry for it)</source>
        <translation>表 %1，行 %2：未经本程序被添加（审计日志中没有它的记录）</translation>
    </message>
    <message>
        <source>table %1, row %2: removed without this program (the audit log still has it)</source>
        <translation>表 %1，行 %2：未经本程序被删除（审计日志中仍有它）</translation>
    </message>
</context>
<context>
    <name>dj::AuditSink</name>
    <message>
        <source>The audit log could not be set up: %1</source>
        <translation>无法建立审计日志：%1</translation>
    </message>
</context>
<context>
    <name>dj::AuditTrail</name>
    <message>
        <source>The audit log could not be set up: %1</source>
        <translation>无法建立审计日志：%1</translation>
    </message>
    <message>
        <source>The audit log could not be set up: libsodium failed to start.</source>
        <translation>无法建立审计日志：libsodium 无法启动。</translation>
    </message>
</context>
<context>
    <name>dj::AuditedRestore</name>
    <message>
        <source>The file was restored from %1, but the audit log could not record it: %2</source>
        <translation>数据文件已从 %1 恢复，但审计日志未能记下此次恢复：%2</translation>
    </message>
</context>
<context>
    <name>dj::Authenticator</name>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>用户名或密码不正确。</translation>
    </message>
    <message>
        <source>This file has no accounts: nobody needs to sign in.</source>
        <translation>这个文件没有启用账户，不需要登录。</translation>
    </message>
    <message>
        <source>Too many wrong passwords for &quot;%1&quot;: try again in %2 seconds.</source>
        <translation>“%1”的密码输错次数过多：请 %2 秒后再试。</translation>
    </message>
</context>
<context>
    <name>dj::BackupStore</name>
    <message>
        <source>a broken reference in table %1</source>
        <translation>表 %1 中有失效的引用</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
    <message>
        <source>The backup copy %1 did not verify and was removed: %2</source>
        <translation>备份副本 %1 未通过校验，已删除：%2</translation>
    </message>
    <message>
        <source>The number of backups to keep must be between 1 and %1, not %2.</source>
        <translation>保留的备份份数应在 1 到 %1 之间，而不是 %2。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
    <message>
        <source>%1 is a data file of %2, not of this office.</source>
        <translation>%1 是%2的数据文件，不属于本单位。</translation>
    </message>
    <message>
        <source>Choose a backup copy, not the data file itself.</source>
        <translation>请选择备份副本，而不是数据文件本身。</translation>
    </message>
    <message>
        <source>Restoring from %1 failed, the data file is unchanged: %2</source>
        <translation>从 %1 恢复失败，数据文件未改变：%2</translation>
    </message>
    <message>
        <source>its data format %1 is not one this program knows.</source>
        <translation>其数据格式 %1 不是本程序所知的格式。</translation>
    </message>
    <message>
        <source>it lacks the %1 &quot;%2&quot; of data format %3.</source>
        <translation>缺少数据格式 %3 应有的%1“%2”。</translation>
    </message>
    <message>
        <source>it holds a %1 &quot;%2&quot; that data format %3 does not have.</source>
        <translation>含有数据格式 %3 所没有的%1“%2”。</translation>
    </message>
    <message>
        <source>its %1 &quot;%2&quot; differs from data format %3.</source>
        <translation>其%1“%2”与数据格式 %3 不一致。</translation>
    </message>
    <message>
        <source>%1 cannot be restored, the data file is unchanged: %2</source>
        <translation>%1 不能用于恢复，数据文件未做任何改动：%2</translation>
    </message>
</context>
<context>
    <name>dj::BallotRepository</name>
    <message>
        <source>“%1” is neither a score from 0 to 100 nor one of %2.</source>
        <translation>“%1”既不是 0 到 100 之间的分数，也不是 %2 之一。</translation>
    </message>
    <message>
        <source>A ballot is typed once (1) or a second time (2).</source>
        <translation>评议票的录入次序只能是第一次（1）或第二次（2）。</translation>
    </message>
    <message>
        <source>A ballot needs its number (票号).</source>
        <translation>评议票须填写票号。</translation>
    </message>
    <message>
        <source>Ballot %1 marks an organisation that is not part of the %2 assessment.</source>
        <translation>评议票 %1 评议了未参加 %2 年度量化考核的组织。</translation>
    </message>
    <message>
        <source>Ballot %1 marks %2 twice.</source>
        <translation>评议票 %1 对“%2”评议了两次。</translation>
    </message>
    <message>
        <source>Ballot %1, %2: %3</source>
        <translation>评议票 %1，%2：%3</translation>
    </message>
    <message>
        <source>There is no ballot %1 to remove.</source>
        <translation>没有可删除的评议票 %1。</translation>
    </message>
    <message>
        <source>The name of who entered the ballots</source>
        <translation>录入评议票人的姓名</translation>
    </message>
    <message>
        <source>The ballot number</source>
        <translation>票号</translation>
    </message>
    <message>
        <source>The kind of rater</source>
        <translation>评议人类别</translation>
    </message>
</context>
<context>
    <name>dj::BuiltinScheme</name>
    <message>
        <source>This is not an indicator scheme of Dangjian Desk.</source>
        <translation>这不是机关党建工作台的考核指标体系。</translation>
    </message>
    <message>
        <source>Indicator %1: unknown rule “%2”.</source>
        <translation>考核指标 %1：未知的评分方式“%2”。</translation>
    </message>
    <message>
        <source>The built-in scheme is missing from this build.</source>
        <translation>本版本程序缺少内置考核指标体系。</translation>
    </message>
</context>
<context>
    <name>dj::CellParser</name>
    <message>
        <source>%1 &quot;%2&quot; is not a real date.</source>
        <translation>%1“%2”不是有效日期。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date; write it like 1985-03-02.</source>
        <translation>%1“%2”不是日期，请按 1985-03-02 的格式填写。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; gives only a year; write the month too (1985-03 or 1985-03-02).</source>
        <translation>%1“%2”只有年份，请同时填写月份（如 1985-03 或 1985-03-02）。</translation>
    </message>
    <message>
        <source>%1 %2 was stored as a number, so January and October look the same; format the column as text and write 1985.01 or 1985.10.</source>
        <translation>%1 %2 以数字形式存储，无法区分 1 月和 10 月；请将该列设置为文本格式，并按 1985.01 或 1985.10 的形式填写。</translation>
    </message>
</context>
<context>
    <name>dj::ConflictRepository</name>
    <message>
        <source>There is no conflict number %1.</source>
        <translation>没有编号为 %1 的冲突。</translation>
    </message>
    <message>
        <source>Conflict %1 was already settled on %2.</source>
        <translation>冲突 %1 已于 %2 处理。</translation>
    </message>
    <message>
        <source>The row of conflict %1 is no longer there.</source>
        <translation>冲突 %1 对应的数据行已不存在。</translation>
    </message>
    <message>
        <source>This choice clashes with another row here (%1).</source>
        <translation>这一选择与本文件中的另一行冲突（%1）。</translation>
    </message>
</context>
<context>
    <name>dj::CsvReader</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>Row %1 of %2 has a cell of more than %3 MB; such a cell cannot be imported.</source>
        <translation>%2 第 %1 行有单元格超过 %3 MB，此类单元格无法导入。</translation>
    </message>
    <message>
        <source>%1 has more than %2 rows; split it into smaller files.</source>
        <translation>%1 超过 %2 行，请拆分为几个较小的文件。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; split it into smaller files.</source>
        <translation>%1 超过 %2 MB，请拆分为几个较小的文件。</translation>
    </message>
</context>
<context>
    <name>dj::CsvWriter</name>
    <message>
        <source>Could not write the file %1: %2.</source>
        <translation>无法写入文件 %1：%2。</translation>
    </message>
</context>
<context>
    <name>dj::Database</name>
    <message>
        <source>%1 is damaged and cannot be opened (%2). Restore it from a backup copy.</source>
        <translation>%1 已损坏，无法打开（%2）。请从备份副本中恢复。</translation>
    </message>
    <message>
        <source>File not found: %1</source>
        <translation>找不到文件 %1。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a Dangjian Desk data file.</source>
        <translation>%1 不是机关党建工作台的数据文件。</translation>
    </message>
    <message>
        <source>%1 is a SQLite database but not a Dangjian Desk data file.</source>
        <translation>%1 是 SQLite 数据库，但不是机关党建工作台的数据文件。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Dangjian Desk (data format %2; this program reads up to %3). Update the program to open it.</source>
        <translation>%1 由更高版本的机关党建工作台生成（数据格式 %2，本程序最高只能读取 %3）。请升级本程序后再打开。</translation>
    </message>
    <message>
        <source>The office name must not be empty.</source>
        <translation>单位名称不能为空。</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name.</source>
        <translation>%1 已存在，请另选文件名。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>The SQLite driver gave no handle.</source>
        <translation>SQLite 驱动未返回数据库句柄。</translation>
    </message>
    <message>
        <source>the office record is missing</source>
        <translation>缺少单位信息记录</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>操作已取消</translation>
    </message>
    <message>
        <source>Copy to %1 failed: %2</source>
        <translation>复制到 %1 失败：%2</translation>
    </message>
    <message>
        <source>Upgrading %1 would break references (table %2), so it was left as it was. A copy made before upgrading is %3.</source>
        <translation>升级 %1 会破坏数据引用（表 %2），因此未作改动。升级前所做的副本为 %3。</translation>
    </message>
    <message>
        <source>%1 asks for a user name and a password: sign in first.</source>
        <translation>%1 需要用户名和密码：请先登录。</translation>
    </message>
    <message>
        <source>%1 is being written by another program and stayed busy: try again in a moment.</source>
        <translation>%1 正由另一个程序写入，一直处于忙碌状态：请稍后再试。</translation>
    </message>
    <message>
        <source>%1 had accounts, but its account table is empty (%2): it was changed outside Dangjian Desk and is not opened without a sign-in. Put a backup copy that has the accounts in its place (folder %3).</source>
        <translation>%1 曾启用账号，但其账号表为空（%2）：文件在党建桌面之外被改动过，不登录不能打开。请用一份带有账号的备份副本替换它（文件夹 %3）。</translation>
    </message>
</context>
<context>
    <name>dj::DateText</name>
    <message>
        <source>“%1” is not a date: the year must be from %2 to %3.</source>
        <translation>“%1”不是有效日期：年份应在 %2 至 %3 之间。</translation>
    </message>
    <message>
        <source>“%1” is not a date: there is no month %2.</source>
        <translation>“%1”不是有效日期：没有 %2 月。</translation>
    </message>
    <message>
        <source>“%1” is not a date: month %2 of %3 has no day %4.</source>
        <translation>“%1”不是有效日期：%3 年 %2 月没有 %4 日。</translation>
    </message>
    <message>
        <source>“%1” is not a date; type it as 2026-11-20, 20261120 or 2026年11月20日.</source>
        <translation>“%1”不是日期，请写作 2026-11-20、20261120 或 2026年11月20日。</translation>
    </message>
</context>
<context>
    <name>dj::DemoGenerator</name>
    <message>
        <source>Demo generation was cancelled.</source>
        <translation>已取消生成演示数据。</translation>
    </message>
    <message>
        <source>This data file already holds organisations. Demo data can only be generated into a new, empty file.</source>
        <translation>该数据文件中已有组织数据。演示数据只能生成到新建的空白数据文件中。</translation>
    </message>
</context>
<context>
    <name>dj::DutyGenerator</name>
    <message>
        <source>The year %1 is out of range.</source>
        <translation>年度 %1 超出范围。</translation>
    </message>
    <message>
        <source>The date whose post holders get lists must fall in %1.</source>
        <translation>确定岗位任职人员的日期必须在 %1 年内。</translation>
    </message>
</context>
<context>
    <name>dj::DutyRecordRepository</name>
    <message>
        <source>Write what was done.</source>
        <translation>请填写完成情况。</translation>
    </message>
    <message>
        <source>Enter the date the work was done.</source>
        <translation>请填写完成日期。</translation>
    </message>
    <message>
        <source>%1 is outside the list&apos;s year %2.</source>
        <translation>%1 不在清单所属的 %2 年度内。</translation>
    </message>
    <message>
        <source>%1 is in the future; record work once it is done.</source>
        <translation>%1 晚于今天；请在工作完成后再记录。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was retired on %2; reinstate it before recording work on it.</source>
        <translation>“%1”已于 %2 停用；如需记录，请先恢复该事项。</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>该履责记录已不存在。</translation>
    </message>
    <message>
        <source>The record</source>
        <translation>履责纪实</translation>
    </message>
    <message>
        <source>The name of who recorded it</source>
        <translation>记录人姓名</translation>
    </message>
</context>
<context>
    <name>dj::DutyRepository</name>
    <message>
        <source>The responsibility list no longer exists.</source>
        <translation>该责任清单已不存在。</translation>
    </message>
    <message>
        <source>The item no longer exists.</source>
        <translation>该事项已不存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already retired.</source>
        <translation>“%1”已停用。</translation>
    </message>
    <message>
        <source>Enter the date the item is retired.</source>
        <translation>请填写停用日期。</translation>
    </message>
    <message>
        <source>The item has recorded work and cannot be removed; retire it instead.</source>
        <translation>该事项已有履责记录，不能删除；可将其停用。</translation>
    </message>
    <message>
        <source>The date of retiring</source>
        <translation>停用日期</translation>
    </message>
</context>
<context>
    <name>dj::DutySchedule</name>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>部分完成</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期未完成</translation>
    </message>
</context>
<context>
    <name>dj::EvidenceName</name>
    <message>
        <source>attachment</source>
        <translation>附件</translation>
    </message>
</context>
<context>
    <name>dj::ExchangeScope</name>
    <message>
        <source>Unknown scope &quot;%1&quot;: use all, org:CODE (an organisation code), year:YYYY or schemes.</source>
        <translation>未知的范围“%1”：请用 all、org:代码（组织代码）、year:年份 或 schemes。</translation>
    </message>
    <message>
        <source>organisation %1 and everything below it</source>
        <translation>组织 %1 及其全部下级</translation>
    </message>
    <message>
        <source>the year %1 (lists, records, assessment, survey)</source>
        <translation>%1 年度（清单、纪实、考核、测评）</translation>
    </message>
    <message>
        <source>assessment schemes and list templates (to send down)</source>
        <translation>考核方案和清单模板（下发用）</translation>
    </message>
    <message>
        <source>every row this office keeps</source>
        <translation>本单位保存的全部数据</translation>
    </message>
</context>
<context>
    <name>dj::FieldCheck</name>
    <message>
        <source>%1 is too long: %2 characters, at most %3 are allowed.</source>
        <translation>%1过长：共 %2 个字符，最多允许 %3 个。</translation>
    </message>
    <message>
        <source>%1 contains an invisible control character (%2) that cannot be stored; remove it.</source>
        <translation>%1含有无法保存的不可见控制字符（%2），请删除。</translation>
    </message>
    <message>
        <source>%1 contains a broken character (%2) that cannot be stored; type it again.</source>
        <translation>%1含有无法保存的残缺字符（%2），请重新输入。</translation>
    </message>
    <message>
        <source>%1 is not a number.</source>
        <translation>%1不是数字。</translation>
    </message>
    <message>
        <source>%1 must be from %2 to %3, not %4.</source>
        <translation>%1须在 %2 至 %3 之间，不能为 %4。</translation>
    </message>
    <message>
        <source>%1 %2 is not a possible date: the year must be from %3 to %4.</source>
        <translation>%1 %2 不是可能的日期：年份须在 %3 至 %4 之间。</translation>
    </message>
    <message>
        <source>%1 contains an invisible direction character (%2) that would make it display in another order than it is written; remove it.</source>
        <translation>%1含有不可见的文字方向控制字符（%2），会使其显示顺序与实际内容不同；请删除该字符。</translation>
    </message>
</context>
<context>
    <name>dj::Grading</name>
    <message>
        <source>Unknown grade scale “%1”: use good3 (好/中/差), good4 (好/较好/一般/差) or cadre4 (优秀/称职/基本称职/不称职).</source>
        <translation>未知的等次档次“%1”：请使用 good3（好/中/差）、good4（好/较好/一般/差）或 cadre4（优秀/称职/基本称职/不称职）。</translation>
    </message>
    <message>
        <source>“%1” is not a number in the grade limits “%2”.</source>
        <translation>等次分数线或比例“%2”中的“%1”不是数字。</translation>
    </message>
    <message>
        <source>Unknown grade scale “%1”.</source>
        <translation>未知的等次档次“%1”。</translation>
    </message>
    <message>
        <source>The scale %1 needs %2 thresholds, one for each grade but the last.</source>
        <translation>等次档次 %1 需要 %2 个分数线，除最后一个等次外每个等次一个。</translation>
    </message>
    <message>
        <source>The threshold for %1 must be between 0 and 100.</source>
        <translation>“%1”的分数线须在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>The threshold for %1 must be below the one for %2.</source>
        <translation>“%1”的分数线须低于“%2”的分数线。</translation>
    </message>
    <message>
        <source>The scale %1 needs %2 shares, one per grade, one of them “rest”.</source>
        <translation>等次档次 %1 需要 %2 个比例，每个等次一个，其中一个为“其余”。</translation>
    </message>
    <message>
        <source>The share of %1 must be between 0 and 100 %.</source>
        <translation>“%1”的比例须在 0 到 100% 之间。</translation>
    </message>
    <message>
        <source>Exactly one grade takes the rest (write “rest” for it).</source>
        <translation>须有且只有一个等次取其余名额（该等次填写“其余”）。</translation>
    </message>
    <message>
        <source>The shares add up to more than 100 %.</source>
        <translation>各等次比例之和超过 100%。</translation>
    </message>
    <message>
        <source>rest</source>
        <extracomment>其余 — exactly this word: it is what parse() reads back</extracomment>
        <translation>其余</translation>
    </message>
</context>
<context>
    <name>dj::HeaderMatch</name>
    <message>
        <source>Column %1 is chosen for both %2 and %3; choose one.</source>
        <translation>列 %1 同时对应“%2”和“%3”，请只保留其一。</translation>
    </message>
    <message>
        <source>The sheet has no column %1.</source>
        <translation>表格中没有 %1 列。</translation>
    </message>
</context>
<context>
    <name>dj::IdNumber</name>
    <message>
        <source>The ID number must have 18 characters; this one has %1.</source>
        <translation>身份证号码应为 18 位，当前为 %1 位。</translation>
    </message>
    <message>
        <source>Character %1 of the ID number must be a digit.</source>
        <translation>身份证号码第 %1 位应为数字。</translation>
    </message>
    <message>
        <source>The last character of the ID number must be a digit or X.</source>
        <translation>身份证号码最后一位应为数字或 X。</translation>
    </message>
    <message>
        <source>The first 6 digits of the ID number are not a valid area code.</source>
        <translation>身份证号码前 6 位不是有效的行政区划代码。</translation>
    </message>
    <message>
        <source>Digits 7-14 of the ID number (%1) are not a valid birth date.</source>
        <translation>身份证号码第 7—14 位（%1）不是有效的出生日期。</translation>
    </message>
    <message>
        <source>The check digit of the ID number is wrong: the last character should be %1, not %2. Check the number for a typing error.</source>
        <translation>身份证号码校验码有误：最后一位应为 %1，而不是 %2。请检查号码是否录入有误。</translation>
    </message>
    <message>
        <source>The ID number gives the birth date %1, but the birth date entered is %2.</source>
        <translation>身份证号码中的出生日期为 %1，与填写的出生日期 %2 不一致。</translation>
    </message>
    <message>
        <source>The ID number (digit 17 is odd) is a man&apos;s, but the gender entered is female.</source>
        <translation>身份证号码第 17 位为奇数，对应性别为男，但填写的性别为女。</translation>
    </message>
    <message>
        <source>The ID number (digit 17 is even) is a woman&apos;s, but the gender entered is male.</source>
        <translation>身份证号码第 17 位为偶数，对应性别为女，但填写的性别为男。</translation>
    </message>
</context>
<context>
    <name>dj::ImportEngine</name>
    <message>
        <source>Row %1 of %2 vanished during the import.</source>
        <translation>导入过程中 %2 的第 %1 行不见了。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>导入已取消，未做任何改动。</translation>
    </message>
    <message>
        <source>The package cannot be imported: its new row %1 in %2 does not fit this file (%3). Nothing was imported.</source>
        <translation>无法导入该数据包：其中 %2 的新行 %1 与本文件不相容（%3）。未导入任何内容。</translation>
    </message>
    <message>
        <source>The package cannot be imported: row %1 of %2 refers to %3 in %4, which neither the package nor this file has. Nothing was imported.</source>
        <translation>无法导入该数据包：%2 的第 %1 行引用了 %4 中的 %3，而数据包和本文件中都没有它。未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>dj::ImportLog</name>
    <message>
        <source>No package has been imported into this file.</source>
        <translation>本文件尚未导入过数据包。</translation>
    </message>
    <message>
        <source>The last import (from %1) was already undone on %2; only the last import can be undone.</source>
        <translation>最近一次导入（来自 %1）已于 %2 撤销；只能撤销最近一次导入。</translation>
    </message>
    <message>
        <source>A conflict from the last import has been settled since; undoing the import would lose that decision.</source>
        <translation>最近一次导入产生的冲突已经处理过；撤销导入会丢失该处理结果。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 written by the last import have been changed since; undoing it would lose those changes.</source>
        <translation>
            <numerusform>最近一次导入写入的 %1 中有 %n 行此后又被修改；撤销会丢失这些修改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows the last import added are used by entries made since; the import cannot be undone.</source>
        <translation>最近一次导入新增的数据已被之后录入的内容引用，无法撤销该导入。</translation>
    </message>
</context>
<context>
    <name>dj::ImportRefusal</name>
    <message>
        <source>Nothing was imported: %1 of %2 rows have problems (the first, row %3: %4).</source>
        <translation>未导入任何数据：%2 行中有 %1 行存在问题。第一个问题在第 %3 行：%4</translation>
    </message>
</context>
<context>
    <name>dj::ImportTemplate</name>
    <message>
        <source>Party members import template.xlsx</source>
        <translation>党员导入模板.xlsx</translation>
    </message>
    <message>
        <source>Organisations import template.xlsx</source>
        <translation>组织导入模板.xlsx</translation>
    </message>
    <message>
        <source>The template is an Excel workbook: give a file name ending in .xlsx (not %1).</source>
        <translation>模板是 Excel 工作簿，文件名须以 .xlsx 结尾（而不是 %1）。</translation>
    </message>
</context>
<context>
    <name>dj::InUseLock</name>
    <message>
        <source>%1 is already open in another window of Dangjian Desk (computer %2, process %3). Two windows on one file would overwrite each other&apos;s changes: switch to that window, or close it first.</source>
        <translation>%1 已在机关党建工作台的另一个窗口中打开（计算机 %2，进程 %3）。两个窗口同时使用一个文件会相互覆盖修改：请切换到那个窗口，或先将其关闭。</translation>
    </message>
    <message>
        <source>%1 cannot be marked as in use (%2): check that its folder can be written.</source>
        <translation>无法将 %1 标记为正在使用（%2）：请检查其所在文件夹是否可写入。</translation>
    </message>
</context>
<context>
    <name>dj::IndicatorRules</name>
    <message>
        <source>Indicator %1 needs a code (指标编号).</source>
        <translation>考核指标“%1”须填写指标编号。</translation>
    </message>
    <message>
        <source>Indicator %1 needs a name.</source>
        <translation>考核指标 %1 须填写名称。</translation>
    </message>
    <message>
        <source>Indicator %1 needs an area (一级指标).</source>
        <translation>考核指标 %1 须填写一级指标。</translation>
    </message>
    <message>
        <source>Indicator %1: the maximum score must be between 0 and 100.</source>
        <translation>考核指标 %1：分值须在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>Indicator %1: points and target cannot be negative.</source>
        <translation>考核指标 %1：每次分值和目标值不能为负数。</translation>
    </message>
    <message>
        <source>Indicator %1 is a veto: it gives no points, so its maximum must be 0.</source>
        <translation>考核指标 %1 为一票否决项，不计分，分值须为 0。</translation>
    </message>
    <message>
        <source>Indicator %1 (%2) needs the points per occurrence (每次分值).</source>
        <translation>考核指标 %1（%2）须填写每次分值。</translation>
    </message>
    <message>
        <source>Indicator %1 needs a maximum score above 0.</source>
        <translation>考核指标 %1 的分值须大于 0。</translation>
    </message>
    <message>
        <source>Indicator %1 (比例) needs a target above 0 (目标值).</source>
        <translation>考核指标 %1（比例）的目标值须大于 0。</translation>
    </message>
    <message>
        <source>The scheme needs a name.</source>
        <translation>考核指标体系须填写名称。</translation>
    </message>
    <message>
        <source>The scheme %1 has no indicators.</source>
        <translation>考核指标体系“%1”中没有考核指标。</translation>
    </message>
    <message>
        <source>The indicator code %1 appears twice.</source>
        <translation>指标编号 %1 重复出现。</translation>
    </message>
    <message>
        <source>The indicators of %1 give no points at all.</source>
        <translation>“%1”中的考核指标均不计分。</translation>
    </message>
    <message>
        <source>Indicator %1: the value is not a number.</source>
        <translation>考核指标 %1：数值不是数字。</translation>
    </message>
    <message>
        <source>Indicator %1: the score %2 is outside 0–%3.</source>
        <translation>考核指标 %1：评分 %2 超出 0–%3 的范围。</translation>
    </message>
    <message>
        <source>Indicator %1 counts occurrences: %2 is not a whole number from 0 to %3.</source>
        <translation>考核指标 %1 按次数计分：%2 不是 0 到 %3 之间的整数。</translation>
    </message>
    <message>
        <source>Indicator %1 is met (1) or not met (0), not %2.</source>
        <translation>考核指标 %1 只能填写达标（1）或未达标（0），不能填写 %2。</translation>
    </message>
    <message>
        <source>Indicator %1: the value %2 cannot be negative.</source>
        <translation>考核指标 %1：数值 %2 不能为负数。</translation>
    </message>
    <message>
        <source>Indicator %1 needs %2, not “%3”.</source>
        <translation>考核指标 %1 应填写%2，而不是“%3”。</translation>
    </message>
    <message>
        <source>The code</source>
        <translation>指标编号</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>指标名称</translation>
    </message>
    <message>
        <source>The area</source>
        <translation>一级指标</translation>
    </message>
    <message>
        <source>The scoring standard</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <source>The evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>Indicator %1: %2</source>
        <translation>考核指标 %1：%2</translation>
    </message>
    <message>
        <source>The points per occurrence</source>
        <translation>每次分值</translation>
    </message>
    <message>
        <source>The target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>The scheme&apos;s name</source>
        <translation>指标体系名称</translation>
    </message>
    <message>
        <source>The scheme&apos;s note</source>
        <translation>指标体系备注</translation>
    </message>
    <message>
        <source>The years of a scheme are from %1 to %2 (or 0 for no limit), not %3.</source>
        <translation>指标体系的适用年度须在 %1 至 %2 之间（0 表示不限），不能为 %3。</translation>
    </message>
    <message>
        <source>The last year of the scheme is before its first year.</source>
        <translation>指标体系的截止年度早于起始年度。</translation>
    </message>
</context>
<context>
    <name>dj::NewDepartment</name>
    <message>
        <source>Enter the department&apos;s name, e.g. 市商务局.</source>
        <translation>请输入单位名称，例如：市商务局。</translation>
    </message>
    <message>
        <source>The department&apos;s name is too long (at most %1 characters).</source>
        <translation>单位名称太长（最多 %1 个字）。</translation>
    </message>
    <message>
        <source>Enter a short code for the department&apos;s organisations, e.g. SW.</source>
        <translation>请为本单位的组织输入一个简短代码，例如：SW。</translation>
    </message>
    <message>
        <source>The code is too long (at most %1 characters).</source>
        <translation>代码太长（最多 %1 个字符）。</translation>
    </message>
    <message>
        <source>A department file is kept by its 机关党委 or its 党组.</source>
        <translation>单位数据文件只能由机关党委或党组建立。</translation>
    </message>
    <message>
        <source>The department&apos;s name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>The code</source>
        <translation>组织代码</translation>
    </message>
</context>
<context>
    <name>dj::OfficeIdentity</name>
    <message>
        <source>The cryptography library could not be started.</source>
        <translation>无法启动密码库。</translation>
    </message>
    <message>
        <source>This data file has no signing key yet; open it once for writing to create one.</source>
        <translation>该数据文件尚无签名密钥；以可写方式打开一次即可生成。</translation>
    </message>
    <message>
        <source>The key file %1 could not be written: %2</source>
        <translation>无法写入密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not an office key file of Dangjian Desk.</source>
        <translation>%1 不是机关党建工作台的单位密钥文件。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Dangjian Desk.</source>
        <translation>%1 由更新版本的机关党建工作台写入。</translation>
    </message>
    <message>
        <source>%1 does not hold a valid office key.</source>
        <translation>%1 中没有有效的单位密钥。</translation>
    </message>
    <message>
        <source>%1: the fingerprint does not match the key; the file was altered.</source>
        <translation>%1：密钥指纹与密钥不符，文件已被改动。</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read: %2</source>
        <translation>无法读取密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large to be an office key file.</source>
        <translation>%1 过大，不可能是单位密钥文件。</translation>
    </message>
    <message>
        <source>%1: the encryption key is not vouched for by the office&apos;s signing key; the file was altered.</source>
        <translation>%1：加密公钥没有该单位签名密钥的签名担保，文件已被改动。</translation>
    </message>
</context>
<context>
    <name>dj::OfficeKeyChange</name>
    <message>
        <source>The cryptography library could not be started.</source>
        <translation>无法启动密码库。</translation>
    </message>
    <message>
        <source>The package %1 is damaged: its key-change notice is not valid.</source>
        <translation>数据包 %1 已损坏：其中的密钥更换通知无效。</translation>
    </message>
</context>
<context>
    <name>dj::OfficeKeyVault</name>
    <message>
        <source>The cryptography library could not be started.</source>
        <translation>无法启动密码库。</translation>
    </message>
    <message>
        <source>There is not enough memory to unlock the office key (it needs %1 MB).</source>
        <translation>内存不足，无法解锁单位密钥（需要 %1 MB）。</translation>
    </message>
    <message>
        <source>The office key stored in this file cannot be unlocked: it was altered.</source>
        <translation>本文件中保存的单位密钥无法解锁：它已被改动。</translation>
    </message>
    <message>
        <source>Your account (%1) may not sign or open packages for the office: only administrators and the organ party committee hold the office key.</source>
        <translation>您的账户（%1）不能以本单位名义签发或打开数据包：只有管理员和机关党委账户持有单位密钥。</translation>
    </message>
    <message>
        <source>The office key is not unlocked for %1. An administrator who holds it sets this account&apos;s password again; then sign in again.</source>
        <translation>%1 的单位密钥未解锁。请持有密钥的管理员重新设置该账户的密码，然后重新登录。</translation>
    </message>
    <message>
        <source>This data file has no signing key.</source>
        <translation>该数据文件没有签名密钥。</translation>
    </message>
    <message>
        <source>The office key is not unlocked in this session: sign in again before removing the last account, or the office key would be lost.</source>
        <translation>本次登录未解锁单位密钥：请先重新登录再删除最后一个账户，否则单位密钥将丢失。</translation>
    </message>
</context>
<context>
    <name>dj::OrgImport</name>
    <message>
        <source>The organisation name is missing.</source>
        <translation>未填写组织名称，请补充。</translation>
    </message>
    <message>
        <source>The organisation code is missing.</source>
        <translation>未填写组织代码，请补充。</translation>
    </message>
    <message>
        <source>The organisation type is missing.</source>
        <translation>未填写组织类型，请补充。</translation>
    </message>
    <message>
        <source>The organisation type &quot;%1&quot; is not known; use one of: %2.</source>
        <translation>无法识别组织类型“%1”，请填写以下类型之一：%2。</translation>
    </message>
    <message>
        <source>The unit kind &quot;%1&quot; is not known.</source>
        <translation>无法识别单位类别“%1”，请核对后重新填写。</translation>
    </message>
    <message>
        <source>The term &quot;%1&quot; should be a whole number of years from 0 to 10.</source>
        <translation>任期年限“%1”应为 0 至 10 之间的整数年。</translation>
    </message>
    <message>
        <source>The code %1 is already used by %2 in the data file.</source>
        <translation>组织代码 %1 已被数据文件中的“%2”使用，请更换代码。</translation>
    </message>
    <message>
        <source>The same code is also in row %1.</source>
        <translation>第 %1 行也使用了相同的组织代码，请核对。</translation>
    </message>
    <message>
        <source>A %1 is the top of the tree; leave its parent empty.</source>
        <translation>%1是最高层级的组织，请将其上级组织留空。</translation>
    </message>
    <message>
        <source>The parent organisation is missing; a %1 belongs under: %2.</source>
        <translation>未填写上级组织；%1应隶属于：%2。</translation>
    </message>
    <message>
        <source>The parent organisation &quot;%1&quot; is neither in the data file nor in the sheet (give its code or its full name).</source>
        <translation>上级组织“%1”既不在数据文件中，也不在表格中，请填写其组织代码或完整名称。</translation>
    </message>
    <message>
        <source>Several organisations are called &quot;%1&quot;; give the parent&apos;s code instead.</source>
        <translation>有多个组织名为“%1”，请改为填写上级组织的组织代码。</translation>
    </message>
    <message>
        <source>%1 has been dissolved; an active organisation cannot be placed under it.</source>
        <translation>“%1”已撤销，未撤销的组织不能隶属于该组织。</translation>
    </message>
    <message>
        <source>A %1 can only be placed under: %2. %3 is a %4.</source>
        <translation>%1只能隶属于：%2。“%3”是%4。</translation>
    </message>
    <message>
        <source>Its parent organisation in row %1 has problems, so it cannot be imported either.</source>
        <translation>其上级组织（第 %1 行）存在问题，因此本行也无法导入。</translation>
    </message>
    <message>
        <source>Row %1: %2 Nothing was imported.</source>
        <translation>第 %1 行：%2 未导入任何数据。</translation>
    </message>
    <message>
        <source>%1 %2 is in the future.</source>
        <translation>%1（%2）晚于今天。</translation>
    </message>
</context>
<context>
    <name>dj::OrgMapping</name>
    <message>
        <source>Organisation name</source>
        <translation>组织名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Organisation code</source>
        <translation>组织代码</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>组织类型</translation>
    </message>
    <message>
        <source>Parent organisation</source>
        <translation>上级组织</translation>
    </message>
    <message>
        <source>Unit kind</source>
        <translation>单位类别</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Current term from</source>
        <translation>本届任期开始</translation>
    </message>
    <message>
        <source>Term (years)</source>
        <translation>任期年限</translation>
    </message>
    <message>
        <source>The sheet has no column for the %1; give it a header such as &quot;%2&quot;.</source>
        <translation>表格中没有“%1”列，请添加一列，并以“%2”等作为表头。</translation>
    </message>
</context>
<context>
    <name>dj::OrganizationRepository</name>
    <message>
        <source>The organisation no longer exists.</source>
        <translation>该组织已不存在。</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <translation>请填写组织名称。</translation>
    </message>
    <message>
        <source>Enter the organisation code.</source>
        <translation>请填写组织代码。</translation>
    </message>
    <message>
        <source>The code %1 is already used by %2.</source>
        <translation>组织代码 %1 已被“%2”使用。</translation>
    </message>
    <message>
        <source>The term length must be between 0 and 10 years.</source>
        <translation>任期年限应在 0 至 10 年之间。</translation>
    </message>
    <message>
        <source>A %1 is the top of the tree and cannot be placed under another organisation.</source>
        <translation>%1是最高层级的组织，不能隶属于其他组织。</translation>
    </message>
    <message>
        <source>Choose the organisation a %1 belongs to.</source>
        <translation>请选择该%1的上级组织。</translation>
    </message>
    <message>
        <source>A %1 can only be placed under: %2. %3 is a %4.</source>
        <translation>%1只能隶属于：%2。“%3”是%4。</translation>
    </message>
    <message>
        <source>%1 has been dissolved; an active organisation cannot be placed under it.</source>
        <translation>“%1”已撤销，未撤销的组织不能隶属于该组织。</translation>
    </message>
    <message>
        <source>The contact leader must be a current member of the party leadership group.</source>
        <translation>联系点领导须为部门党组（党委）的现任成员。</translation>
    </message>
    <message>
        <source>%1 cannot be moved under itself or one of its own sub-organisations.</source>
        <translation>“%1”不能调整到其自身或其下级组织之下。</translation>
    </message>
    <message>
        <source>%1 is already dissolved.</source>
        <translation>“%1”已撤销。</translation>
    </message>
    <message>
        <source>Enter the date of dissolution.</source>
        <translation>请填写撤销日期。</translation>
    </message>
    <message numerus="yes">
        <source>%n active sub-organisation(s) (%1)</source>
        <translation>
            <numerusform>%n 个未撤销的下级组织（%1）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 名党员</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be dissolved: it still has %2. Move or dissolve them first.</source>
        <translation>“%1”尚有 %2，暂不能撤销。请先调整或撤销下级组织、转出党员。</translation>
    </message>
    <message>
        <source> and </source>
        <translation>以及 </translation>
    </message>
    <message>
        <source>%1 has sub-organisations and cannot be removed.</source>
        <translation>“%1”有下级组织，不能删除。</translation>
    </message>
    <message>
        <source>%1 has members or posts on record; dissolve it instead of removing it.</source>
        <translation>“%1”已有党员或任职记录，不能删除，请改为撤销该组织。</translation>
    </message>
    <message>
        <source>The organisation&apos;s name</source>
        <translation>组织名称</translation>
    </message>
    <message>
        <source>The short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>The organisation code</source>
        <translation>组织代码</translation>
    </message>
    <message>
        <source>The date of establishment</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>The start of the term</source>
        <translation>本届任期开始日期</translation>
    </message>
</context>
<context>
    <name>dj::PackageExport</name>
    <message>
        <source>Choose the office to encrypt the package for.</source>
        <translation>请选择为哪个单位加密数据包。</translation>
    </message>
    <message>
        <source>Encrypt either for an office or with a passphrase, not both.</source>
        <translation>只能为某个单位加密或用口令加密，不能两者都用。</translation>
    </message>
    <message>
        <source>A package is made for another office, not for this one.</source>
        <translation>数据包是发给其他单位的，不能发给本单位自己。</translation>
    </message>
    <message>
        <source>No temporary folder is available: %1</source>
        <translation>没有可用的临时文件夹：%1</translation>
    </message>
    <message>
        <source>The passphrase must be at least %1 characters long.</source>
        <translation>口令至少需要 %1 个字符。</translation>
    </message>
</context>
<context>
    <name>dj::PackageHeader</name>
    <message>
        <source>The package %1 is damaged: the header field “%2” is missing or not valid.</source>
        <translation>数据包 %1 已损坏：包头字段“%2”缺失或无效。</translation>
    </message>
    <message>
        <source>The package %1 is encrypted in a way (“%2”) this version of Dangjian Desk does not know; it was written by a newer version. Update the program to open it.</source>
        <translation>数据包 %1 使用了本版本不认识的加密方式（“%2”），它由更新版本生成。请升级程序后再打开。</translation>
    </message>
    <message>
        <source>%1 is not an exchange package of Dangjian Desk.</source>
        <translation>%1 不是机关党建工作台的交换数据包。</translation>
    </message>
    <message>
        <source>The package %1 was written by a newer version of Dangjian Desk (package format %2; this version reads format %3). Update the program to open it.</source>
        <translation>数据包 %1 由更新版本的机关党建工作台生成（数据包格式 %2；本版本可读格式 %3）。请升级程序后再打开。</translation>
    </message>
</context>
<context>
    <name>dj::PackageImport</name>
    <message>
        <source>Packages %1 to %2 from %3 have not been imported here; ask that office whether they were lost.</source>
        <translation>来自 %3 的第 %1 至 %2 号数据包尚未在本处导入；请向该单位确认是否遗失。</translation>
    </message>
    <message>
        <source>This package was made for %1, not for this office (%2). Nothing was imported.</source>
        <translation>该数据包是发给 %1 的，不是发给本单位（%2）的。未导入任何内容。</translation>
    </message>
    <message>
        <source>The package is signed by %1, an office this file does not trust yet (fingerprint %2). Compare the fingerprint with that office, then trust its key. Nothing was imported.</source>
        <translation>数据包由 %1 签名，本文件尚未信任该单位（指纹 %2）。请与该单位核对指纹后信任其密钥。未导入任何内容。</translation>
    </message>
    <message>
        <source>The package is signed by %1, whose key is no longer trusted here. Nothing was imported.</source>
        <translation>数据包由 %1 签名，本处已不再信任其密钥。未导入任何内容。</translation>
    </message>
    <message>
        <source>The package says it comes from %1 but is signed with another key (fingerprint %2) than the one trusted here. Nothing was imported.</source>
        <translation>数据包声称来自 %1，但签名所用密钥（指纹 %2）与本处信任的不同。未导入任何内容。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>导入已取消，未做任何改动。</translation>
    </message>
    <message>
        <source>No temporary folder is available: %1</source>
        <translation>没有可用的临时文件夹：%1</translation>
    </message>
    <message>
        <source>No backup copy could be made before importing, so nothing was imported: %1</source>
        <translation>导入前无法生成备份副本，因此没有导入任何内容：%1</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (by %4)</source>
        <translation>%1：%2 → %3（%4）</translation>
    </message>
</context>
<context>
    <name>dj::PackageReader</name>
    <message>
        <source>The cryptography library could not be started.</source>
        <translation>无法启动加密库。</translation>
    </message>
    <message>
        <source>The package&apos;s signature does not match its contents: it was changed or damaged after it was signed.</source>
        <translation>数据包的签名与内容不符：签名后被修改或损坏。</translation>
    </message>
    <message>
        <source>Opening the package was cancelled; nothing was written.</source>
        <translation>已取消打开数据包，未写入任何内容。</translation>
    </message>
    <message>
        <source>The package %1 could not be read: %2</source>
        <translation>无法读取数据包 %1：%2</translation>
    </message>
    <message>
        <source>The package %1 became shorter while it was being read.</source>
        <translation>读取过程中数据包 %1 变短了。</translation>
    </message>
    <message>
        <source>The package %1 was changed while it was being read.</source>
        <translation>读取过程中数据包 %1 被修改。</translation>
    </message>
    <message>
        <source>The package %1 does not exist.</source>
        <translation>数据包 %1 不存在。</translation>
    </message>
    <message>
        <source>The package %1 is truncated: it has only %2 bytes, and a package has at least %3. It was not copied completely.</source>
        <translation>数据包 %1 不完整：只有 %2 字节，而数据包至少有 %3 字节。它没有被完整复制。</translation>
    </message>
    <message>
        <source>%1 is not an exchange package of Dangjian Desk.</source>
        <translation>%1 不是机关党建工作台的交换数据包。</translation>
    </message>
    <message>
        <source>The package %1 is damaged: its header length (%2 bytes) is not valid.</source>
        <translation>数据包 %1 已损坏：包头长度（%2 字节）无效。</translation>
    </message>
    <message>
        <source>The package %1 is truncated: its header of %2 bytes and signature do not fit in its %3 bytes. It was not copied completely.</source>
        <translation>数据包 %1 不完整：%2 字节的包头和签名超出了文件的 %3 字节。它没有被完整复制。</translation>
    </message>
    <message>
        <source>The package %1 is damaged: its header cannot be read.</source>
        <translation>数据包 %1 已损坏：无法读取包头。</translation>
    </message>
    <message>
        <source>The package %1 is damaged: its header announces a negative data length (%2 bytes; the file holds %3).</source>
        <translation>数据包 %1 已损坏：包头声明的数据长度为负（%2 字节；文件实有 %3）。</translation>
    </message>
    <message>
        <source>The package %1 is truncated (its header announces %2 bytes of data, but the file holds only %3): it was not copied completely.</source>
        <translation>数据包 %1 不完整（包头声明 %2 字节数据，文件实际只有 %3）：它没有被完整复制。</translation>
    </message>
    <message>
        <source>The package %1 has %2 extra bytes after its signature; it was damaged or altered.</source>
        <translation>数据包 %1 在签名之后多出 %2 字节；它已损坏或被改动。</translation>
    </message>
    <message>
        <source>The package %1 is damaged: the lengths in its header do not agree (%2 bytes stored for %3 bytes of data).</source>
        <translation>数据包 %1 已损坏：包头中的长度不一致（%3 字节数据存为 %2 字节）。</translation>
    </message>
    <message>
        <source>The key to check the package with is not a valid office key.</source>
        <translation>用于校验数据包的密钥不是有效的单位密钥。</translation>
    </message>
    <message>
        <source>The package %1 was signed with the key %2, not with the expected key %3; it cannot be trusted.</source>
        <translation>数据包 %1 由密钥 %2 签名，而不是预期的密钥 %3；不能信任。</translation>
    </message>
    <message>
        <source>Checking the package was cancelled.</source>
        <translation>已取消校验数据包。</translation>
    </message>
    <message>
        <source>The package %1 must be checked against its sender&apos;s key before it is opened.</source>
        <translation>打开数据包 %1 之前必须先用发送单位的密钥校验。</translation>
    </message>
    <message>
        <source>This package is encrypted for another office; it cannot be opened with this office&apos;s key.</source>
        <translation>该数据包是为其他单位加密的，无法用本单位的密钥打开。</translation>
    </message>
    <message>
        <source>This package is protected by a passphrase; enter it to open the package.</source>
        <translation>该数据包受口令保护；请输入口令打开。</translation>
    </message>
    <message>
        <source>There is not enough memory to open the package (it needs %1 MB).</source>
        <translation>内存不足，无法打开数据包（需要 %1 MB）。</translation>
    </message>
    <message>
        <source>The package %1 is damaged: its encryption header is not valid.</source>
        <translation>数据包 %1 已损坏：加密头无效。</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
    <message>
        <source>The data in the package %1 is damaged and cannot be decrypted.</source>
        <translation>数据包 %1 中的数据已损坏，无法解密。</translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>口令不正确。</translation>
    </message>
    <message>
        <source>The package %1 was changed after it was checked.</source>
        <translation>数据包 %1 在校验之后被修改。</translation>
    </message>
    <message>
        <source>The package %1 is %2; a package may be at most %3 (a whole city&apos;s data is about 1.7 GB). It was not opened.</source>
        <translation>数据包 %1 大小为 %2；数据包最大为 %3（一个城市的全部数据约 1.7 GB）。未打开该数据包。</translation>
    </message>
</context>
<context>
    <name>dj::PackageWriter</name>
    <message>
        <source>The export was cancelled; no package was written.</source>
        <translation>导出已取消，未写出数据包。</translation>
    </message>
    <message>
        <source>The package %1 could not be written: %2</source>
        <translation>无法写出数据包 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>The key of the office to encrypt the package for is not valid.</source>
        <translation>加密对象单位的密钥无效。</translation>
    </message>
    <message>
        <source>Enter a passphrase to protect the package.</source>
        <translation>请输入保护数据包的口令。</translation>
    </message>
    <message>
        <source>There is not enough memory to protect the package with a passphrase (it needs %1 MB).</source>
        <translation>内存不足，无法用口令保护数据包（需要 %1 MB）。</translation>
    </message>
    <message>
        <source>The cryptography library could not be started.</source>
        <translation>无法启动加密库。</translation>
    </message>
    <message>
        <source>The office&apos;s signing key is not valid.</source>
        <translation>本单位的签名密钥无效。</translation>
    </message>
    <message>
        <source>The package names a sender key that is not the office&apos;s signing key.</source>
        <translation>数据包中的发送方密钥不是本单位的签名密钥。</translation>
    </message>
    <message>
        <source>The package&apos;s description is too long (%1 bytes; at most %2).</source>
        <translation>数据包的描述过长（%1 字节；最多 %2）。</translation>
    </message>
    <message>
        <source>The package %1 did not read back correctly after it was written, so it was not saved: %2</source>
        <translation>数据包 %1 写出后回读校验失败，因此未保存：%2</translation>
    </message>
    <message>
        <source>An encrypted payload cannot be built inside the package.</source>
        <translation>加密的数据不能直接在数据包内生成。</translation>
    </message>
    <message>
        <source>its data is %1 bytes long instead of %2.</source>
        <translation>其数据长 %1 字节，应为 %2 字节。</translation>
    </message>
    <message>
        <source>The package %1 did not read back as it was written, so it was not saved. Check the disk or choose another place.</source>
        <translation>数据包 %1 读回的内容与写入的不一致，因此未保存。请检查磁盘或换一个位置保存。</translation>
    </message>
    <message>
        <source>its header or signature differs from what was written.</source>
        <translation>其文件头或签名与写入的不一致。</translation>
    </message>
</context>
<context>
    <name>dj::PartyGroupRepository</name>
    <message>
        <source>A party-group mark needs the evaluator&apos;s name.</source>
        <translation>党组评价分须填写评价人姓名。</translation>
    </message>
    <message>
        <source>The organisation is not part of the %1 assessment.</source>
        <translation>该组织未参加 %1 年度量化考核。</translation>
    </message>
    <message>
        <source>%1&apos;s mark %2 is outside 0–100.</source>
        <translation>%1 给出的评分 %2 超出 0–100 的范围。</translation>
    </message>
    <message>
        <source>The name of who entered the marks</source>
        <translation>录入评价人的姓名</translation>
    </message>
    <message>
        <source>The evaluator&apos;s name</source>
        <translation>评价人姓名</translation>
    </message>
</context>
<context>
    <name>dj::PasswordHash</name>
    <message>
        <source>The cryptography library could not be started.</source>
        <translation>无法启动密码库。</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The password must have at most %1 characters.</source>
        <translation>密码最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Not enough memory to protect the password (64 MB are needed).</source>
        <translation>内存不足，无法保护密码（需要 64 MB）。</translation>
    </message>
</context>
<context>
    <name>dj::PayloadBuilder</name>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>导出已取消，未写出任何内容。</translation>
    </message>
    <message>
        <source>No organisation has the code %1.</source>
        <translation>没有代码为 %1 的组织。</translation>
    </message>
</context>
<context>
    <name>dj::PayloadFields</name>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a fractional number</source>
        <translation>小数</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>二进制数据</translation>
    </message>
    <message>
        <source>nothing (NULL)</source>
        <translation>空值（NULL）</translation>
    </message>
    <message>
        <source>it is empty (NULL), which this field never is.</source>
        <translation>该字段为空值（NULL），而此字段不能为空。</translation>
    </message>
    <message>
        <source>it holds %1 where %2 belongs.</source>
        <translation>此处应为%2，实际为%1。</translation>
    </message>
    <message>
        <source>a row id (UUID)</source>
        <translation>行标识（UUID）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a row id (UUID).</source>
        <translation>“%1”不是有效的行标识（UUID）。</translation>
    </message>
    <message>
        <source>it must be from %1 to %2, not %3.</source>
        <translation>取值应在 %1 至 %2 之间，实际为 %3。</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>The value</source>
        <translation>该值</translation>
    </message>
    <message>
        <source>it is %1 bytes long; at most %2 characters are allowed.</source>
        <translation>长度为 %1 字节，最多只允许 %2 个字符。</translation>
    </message>
    <message>
        <source>it is not valid UTF-8 text.</source>
        <translation>不是有效的 UTF-8 文本。</translation>
    </message>
    <message>
        <source>The text</source>
        <translation>该文本</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (yyyy-mm-dd).</source>
        <translation>“%1”不是有效日期（格式为 yyyy-mm-dd）。</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>该日期</translation>
    </message>
    <message>
        <source>a day of the year</source>
        <translation>月日</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day of the year (mm-dd).</source>
        <translation>“%1”不是有效的月日（格式为 mm-dd）。</translation>
    </message>
    <message>
        <source>a time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time as this program writes it (yyyy-mm-ddThh:mm:ss.zzzZ).</source>
        <translation>“%1”不是本程序记录的时间格式（yyyy-mm-ddThh:mm:ss.zzzZ）。</translation>
    </message>
    <message>
        <source>the time %1 is in the future; check the clock of the office that sent it.</source>
        <translation>时间 %1 晚于当前时间；请发送单位检查其计算机时钟。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the name of a table.</source>
        <translation>“%1”不是数据表的名称。</translation>
    </message>
    <message>
        <source>The package cannot be imported: table %1, row %2, field %3: %4</source>
        <translation>数据包无法导入：数据表 %1，记录 %2，字段 %3：%4</translation>
    </message>
</context>
<context>
    <name>dj::PayloadHash</name>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 became shorter while it was being read.</source>
        <translation>文件 %1 在读取过程中变短了。</translation>
    </message>
</context>
<context>
    <name>dj::PayloadSchema</name>
    <message>
        <source>The package cannot be imported: %1</source>
        <translation>无法导入该数据包：%1</translation>
    </message>
    <message>
        <source>its contents are not a database.</source>
        <translation>其内容不是数据库。</translation>
    </message>
    <message>
        <source>its contents are not a Dangjian Desk payload.</source>
        <translation>其内容不是机关党建工作台的数据。</translation>
    </message>
    <message>
        <source>it was made by a newer version of Dangjian Desk (data format %1; this program has %2). Update this program to one with data format %1 or later.</source>
        <translation>它由更新版本的机关党建工作台生成（数据格式 %1；本程序为 %2）。请把本程序升级到数据格式 %1 或以上的版本。</translation>
    </message>
    <message>
        <source>it was made by an older version of Dangjian Desk (data format %1; this program needs %2). Ask the sender to update and send it again.</source>
        <translation>它由较旧版本的机关党建工作台生成（数据格式 %1；本程序需要 %2）。请发送单位升级后重新发送。</translation>
    </message>
    <message>
        <source>its database is damaged (%1).</source>
        <translation>其数据库已损坏（%1）。</translation>
    </message>
    <message>
        <source>it holds a trigger (%1), which a package never does.</source>
        <translation>其中含有触发器（%1），正常数据包不会有。</translation>
    </message>
    <message>
        <source>it holds a view (%1), which a package never does.</source>
        <translation>其中含有视图（%1），正常数据包不会有。</translation>
    </message>
    <message>
        <source>it holds an unknown %1 &quot;%2&quot;.</source>
        <translation>其中含有未知的 %1“%2”。</translation>
    </message>
    <message>
        <source>its %1 &quot;%2&quot; differs from this program&apos;s layout.</source>
        <translation>其 %1“%2”与本程序的结构不同。</translation>
    </message>
    <message>
        <source>it lacks the %1 &quot;%2&quot;.</source>
        <translation>其中缺少 %1“%2”。</translation>
    </message>
    <message>
        <source>the row id %1 appears more than once.</source>
        <translation>行编号 %1 出现了不止一次。</translation>
    </message>
    <message>
        <source>its data is %1; at most %2 are read.</source>
        <translation>其数据大小为 %1；最多只读取 %2。</translation>
    </message>
</context>
<context>
    <name>dj::PeerRepository</name>
    <message>
        <source>That is this office&apos;s own key; another office&apos;s key is needed.</source>
        <translation>这是本单位自己的密钥；需要其他单位的密钥。</translation>
    </message>
    <message>
        <source>The key is not a valid office key.</source>
        <translation>该密钥不是有效的单位密钥。</translation>
    </message>
    <message>
        <source>That office is not trusted here.</source>
        <translation>本单位未信任该单位。</translation>
    </message>
    <message>
        <source>The organisation an office is to speak for is not in this file.</source>
        <translation>所指定的代表范围组织不在本数据文件中。</translation>
    </message>
    <message>
        <source>%1 is trusted here with another key (fingerprint %2); the new key (fingerprint %3) replaces it only when that is confirmed.</source>
        <translation>本单位信任的 %1 的密钥与此不同（指纹 %2）；新密钥（指纹 %3）须经确认才能取代原密钥。</translation>
    </message>
    <message>
        <source>The key of %1 was revoked here on %2; it is trusted again only when that is confirmed.</source>
        <translation>%1 的密钥已于 %2 被撤销信任；须经确认才能重新信任。</translation>
    </message>
    <message>
        <source>the whole department</source>
        <translation>整个部门</translation>
    </message>
    <message>
        <source>an organisation no longer in this file</source>
        <translation>本数据文件中已不存在的组织</translation>
    </message>
    <message>
        <source>%1 %2 and below</source>
        <translation>%1 %2 及其下级</translation>
    </message>
    <message>
        <source>What an office speaks for is &quot;department&quot; (the whole department) or the code of an organisation in this file; &quot;%1&quot; is neither.</source>
        <translation>代表范围应为“department”（整个部门）或本数据文件中某一组织的代码；“%1”两者都不是。</translation>
    </message>
</context>
<context>
    <name>dj::PeopleImport</name>
    <message>
        <source>%1 %2 is in the future.</source>
        <translation>%1（%2）晚于今天。</translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation>未填写姓名。</translation>
    </message>
    <message>
        <source>The cell holds a number, and Excel keeps only 15 digits of a number: format the ID column as text and type the number again.</source>
        <translation>该单元格存储的是数字，而 Excel 对数字只保留 15 位有效数字：请将身份证号码列设置为文本格式，并重新录入号码。</translation>
    </message>
    <message>
        <source>The gender &quot;%1&quot; is neither 男 nor 女.</source>
        <translation>性别“%1”无效，应为“男”或“女”。</translation>
    </message>
    <message>
        <source>The gender is missing, and there is no valid ID number to take it from.</source>
        <translation>未填写性别，且没有可据以确定性别的有效身份证号码。</translation>
    </message>
    <message>
        <source>The ID number is already recorded in the data file, for %1.</source>
        <translation>该身份证号码已在数据文件中登记在 %1 名下。</translation>
    </message>
    <message>
        <source>The member category &quot;%1&quot; is neither 正式党员 nor 预备党员.</source>
        <translation>党员类别“%1”无效，应为“正式党员”或“预备党员”。</translation>
    </message>
    <message>
        <source>The party-affairs cadre entry &quot;%1&quot; should be 专职, 兼职 or 否.</source>
        <translation>党务干部一栏“%1”无效，应为“专职”“兼职”或“否”。</translation>
    </message>
    <message>
        <source>The branch is missing.</source>
        <translation>未填写所在支部。</translation>
    </message>
    <message>
        <source>There is no branch &quot;%1&quot; in the data file (give its name, short name or code).</source>
        <translation>数据文件中没有党支部“%1”（请填写支部的名称、简称或组织代码）。</translation>
    </message>
    <message>
        <source>Several organisations are called &quot;%1&quot;; give the branch&apos;s code instead.</source>
        <translation>有多个组织名为“%1”，请改为填写该支部的组织代码。</translation>
    </message>
    <message>
        <source>Members are registered in a party branch; %1 is a %2.</source>
        <translation>党员的组织关系应登记在党支部；“%1”是%2。</translation>
    </message>
    <message>
        <source>%1 has been dissolved.</source>
        <translation>“%1”已撤销。</translation>
    </message>
    <message>
        <source>The same ID number is also in row %1.</source>
        <translation>第 %1 行也有相同的身份证号码。</translation>
    </message>
    <message>
        <source>Row %1: %2 Nothing was imported.</source>
        <translation>第 %1 行：%2 未导入任何数据。</translation>
    </message>
    <message>
        <source>“%1” is empty; every member has this date.</source>
        <translation>“%1”未填写；每名党员都应有此日期。</translation>
    </message>
    <message>
        <source>“%1” is empty; a full member (正式党员) has this date.</source>
        <translation>“%1”未填写；正式党员应有此日期。</translation>
    </message>
</context>
<context>
    <name>dj::PeopleMapping</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>所在部门</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Member category</source>
        <translation>党员类别</translation>
    </message>
    <message>
        <source>Joined the Party</source>
        <translation>入党时间</translation>
    </message>
    <message>
        <source>Became a full member</source>
        <translation>转正时间</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>所在支部</translation>
    </message>
    <message>
        <source>Party-affairs cadre</source>
        <translation>党务干部</translation>
    </message>
    <message>
        <source>Choose the column that holds the names (%1).</source>
        <translation>请选择“%1”对应的列。</translation>
    </message>
</context>
<context>
    <name>dj::Permission</name>
    <message>
        <source>Only an administrator may do this; you are signed in as %1 (%2).</source>
        <translation>只有管理员才能进行这项操作；你当前登录的账户是 %1（%2）。</translation>
    </message>
    <message>
        <source>Only an administrator or the organ party committee may do this; you are signed in as %1 (%2).</source>
        <translation>只有管理员或机关党委才能进行这项操作；你当前登录的账户是 %1（%2）。</translation>
    </message>
    <message>
        <source>Only an administrator or the organ party committee may review scores, decide grades, seal or reopen an assessment or set its pairs; you are signed in as %1 (%2).</source>
        <translation>只有管理员或机关党委可以审核评分、认定等次、封存或重新打开考核、确定结对；您当前登录的是 %1（%2）。</translation>
    </message>
</context>
<context>
    <name>dj::PersonRepository</name>
    <message>
        <source>The person no longer exists.</source>
        <translation>该人员已不存在。</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>请填写姓名。</translation>
    </message>
    <message>
        <source>Choose the gender.</source>
        <translation>请选择性别。</translation>
    </message>
    <message>
        <source>The birth date %1 is not possible.</source>
        <translation>出生日期 %1 不合理，请核对。</translation>
    </message>
    <message>
        <source>The ID number is already recorded for %1.</source>
        <translation>该身份证号码已登记在 %1 名下。</translation>
    </message>
    <message>
        <source>The phone number may contain only digits, spaces, + and -.</source>
        <translation>联系电话只能包含数字、空格、“+”和“-”。</translation>
    </message>
    <message>
        <source>The date of joining the Party cannot be in the future.</source>
        <translation>入党时间不能晚于今天。</translation>
    </message>
    <message>
        <source>The date of joining the Party is before the person&apos;s 18th birthday.</source>
        <translation>入党时间早于本人年满 18 周岁之日，请核对。</translation>
    </message>
    <message>
        <source>The date of becoming a full member is before the date of joining.</source>
        <translation>转正时间早于入党时间，请核对。</translation>
    </message>
    <message>
        <source>A probationary member has no date of becoming a full member yet.</source>
        <translation>预备党员尚未转正，不应填写转正时间。</translation>
    </message>
    <message>
        <source>Members are registered in a party branch; %1 is a %2.</source>
        <translation>党员的组织关系应登记在党支部；“%1”是%2。</translation>
    </message>
    <message>
        <source>%1 has been dissolved.</source>
        <translation>“%1”已撤销。</translation>
    </message>
    <message>
        <source>%1 is already a member of that branch.</source>
        <translation>%1 的组织关系已在该支部。</translation>
    </message>
    <message>
        <source>Enter the transfer date; it cannot be in the future.</source>
        <translation>请填写转接日期，且不能晚于今天。</translation>
    </message>
    <message>
        <source>The transfer date is before %1 joined the current branch (%2).</source>
        <translation>转接日期早于 %1 编入现所在支部的日期（%2）。</translation>
    </message>
    <message>
        <source>There is no transfer to undo.</source>
        <translation>没有可撤销的组织关系转接记录。</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>The ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>The education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>The work unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>The department</source>
        <translation>所在部门</translation>
    </message>
    <message>
        <source>The position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>转接原因</translation>
    </message>
    <message>
        <source>The date of joining the Party</source>
        <translation>入党日期</translation>
    </message>
    <message>
        <source>The date of becoming a full member</source>
        <translation>转正日期</translation>
    </message>
    <message>
        <source>Enter the date of joining the Party.</source>
        <translation>请填写入党时间。</translation>
    </message>
    <message>
        <source>Enter the date of becoming a full member.</source>
        <translation>请填写转正时间。</translation>
    </message>
</context>
<context>
    <name>dj::PostRepository</name>
    <message>
        <source>The post %1 does not exist in a %2 (%3).</source>
        <translation>“%3”是%2，不设%1职务。</translation>
    </message>
    <message>
        <source>%1 has been dissolved; no new posts can start in it.</source>
        <translation>“%1”已撤销，不能再新增任职。</translation>
    </message>
    <message>
        <source>Enter the date the post starts.</source>
        <translation>请填写任职日期。</translation>
    </message>
    <message>
        <source>The post cannot end before it starts.</source>
        <translation>离任日期不能早于任职日期。</translation>
    </message>
    <message>
        <source>%1 already has a %2: %3. End that post first.</source>
        <translation>“%1”已有%2：%3。请先结束其任职。</translation>
    </message>
    <message>
        <source>The post no longer exists.</source>
        <translation>该任职记录已不存在。</translation>
    </message>
    <message>
        <source>This post has already ended.</source>
        <translation>该任职已经结束。</translation>
    </message>
    <message>
        <source>The start of the post</source>
        <translation>任职开始日期</translation>
    </message>
    <message>
        <source>The end of the post</source>
        <translation>任职结束日期</translation>
    </message>
</context>
<context>
    <name>dj::Role</name>
    <message>
        <source>Unknown role &quot;%1&quot;: use one of %2.</source>
        <translation>未知角色“%1”：请使用 %2 之一。</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Organ party committee</source>
        <translation>机关党委</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>支部</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>只读</translation>
    </message>
</context>
<context>
    <name>dj::SatisfactionRepository</name>
    <message>
        <source>The survey needs a title.</source>
        <translation>满意度测评须有标题。</translation>
    </message>
    <message>
        <source>The survey needs at least one item to mark.</source>
        <translation>满意度测评至少须有一个测评项目。</translation>
    </message>
    <message>
        <source>A survey needs at least two options, and some but not all of them count as satisfied.</source>
        <translation>满意度测评至少须有两个选项，且计为满意的选项须多于零个、少于全部。</translation>
    </message>
    <message>
        <source>An option of the survey is empty or contains “|”.</source>
        <translation>满意度测评的某个选项为空或含有“|”。</translation>
    </message>
    <message>
        <source>There is already a satisfaction survey for %1.</source>
        <translation>%1 年度已有满意度测评。</translation>
    </message>
    <message>
        <source>The satisfaction survey no longer exists.</source>
        <translation>该满意度测评已不存在。</translation>
    </message>
    <message>
        <source>A ballot needs its number (票号).</source>
        <translation>测评票须有票号。</translation>
    </message>
    <message>
        <source>Ballot %1 has %2 answers for %3 items.</source>
        <translation>第 %1 号测评票有 %2 个答案，但测评项目有 %3 个。</translation>
    </message>
    <message>
        <source>Ballot %1 marks an option the survey does not have.</source>
        <translation>第 %1 号测评票选择了测评中没有的选项。</translation>
    </message>
    <message>
        <source>There is no ballot %1 to remove.</source>
        <translation>没有可删除的第 %1 号票。</translation>
    </message>
    <message>
        <source>Give counts for each of the %1 items.</source>
        <translation>请为全部 %1 个测评项目填写票数。</translation>
    </message>
    <message>
        <source>A count cannot be negative.</source>
        <translation>票数不能为负数。</translation>
    </message>
    <message>
        <source>Give a count for each option of item %1.</source>
        <translation>请为第 %1 个测评项目的每个选项填写票数。</translation>
    </message>
    <message>
        <source>The year %1 is outside %2–%3.</source>
        <translation>年度 %1 超出 %2–%3 的范围。</translation>
    </message>
    <message>
        <source>The survey&apos;s title</source>
        <translation>测评标题</translation>
    </message>
    <message>
        <source>A survey has at most %1 items; this one has %2.</source>
        <translation>一次测评最多 %1 个测评项目，此处有 %2 个。</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>第 %1 项</translation>
    </message>
    <message>
        <source>A survey has at most %1 options; this one has %2.</source>
        <translation>一次测评最多 %1 个选项，此处有 %2 个。</translation>
    </message>
    <message>
        <source>The option “%1”</source>
        <translation>选项“%1”</translation>
    </message>
    <message>
        <source>The ballot number</source>
        <translation>票号</translation>
    </message>
    <message>
        <source>A count of %1 is more than the %2 a survey can have.</source>
        <translation>人数 %1 超过了一次测评的上限 %2。</translation>
    </message>
</context>
<context>
    <name>dj::SatisfactionSheet</name>
    <message>
        <source>The sheet has %1 item columns after 票号/测评人类别/有效; the survey has %2 items.</source>
        <translation>表格在 票号/测评人类别/有效 之后有 %1 列测评项目，但该测评有 %2 个项目。</translation>
    </message>
    <message>
        <source>%1: the ballot number is missing.</source>
        <translation>%1：缺少票号。</translation>
    </message>
    <message>
        <source>%1: “%2” is neither 党支部 nor 党员.</source>
        <translation>%1：“%2”既不是党支部也不是党员。</translation>
    </message>
    <message>
        <source>Row %1, column %2: “%3” is not one of %4.</source>
        <translation>第 %1 行第 %2 列：“%3”不是 %4 之一。</translation>
    </message>
</context>
<context>
    <name>dj::SchemeRepository</name>
    <message>
        <source>The scheme no longer exists.</source>
        <translation>该考核指标体系已不存在。</translation>
    </message>
    <message>
        <source>There is already a scheme named %1 (revision %2); give the new one another name.</source>
        <translation>已有名为“%1”的考核指标体系（第 %2 版），请为新指标体系另取名称。</translation>
    </message>
    <message>
        <source>An assessment uses this scheme; it cannot be removed.</source>
        <translation>已有量化考核使用该指标体系，不能删除。</translation>
    </message>
    <message>
        <source>The scheme already has an indicator %1.</source>
        <translation>该指标体系中已有考核指标 %1。</translation>
    </message>
    <message>
        <source>The indicator no longer exists.</source>
        <translation>该考核指标已不存在。</translation>
    </message>
    <message>
        <source>The scheme is locked: a sealed assessment uses it. Copy it as a new revision to change it.</source>
        <translation>该指标体系已锁定：已封存的量化考核使用了它。如需修改，请复制为新版本。</translation>
    </message>
</context>
<context>
    <name>dj::SchemeSheet</name>
    <message>
        <source>%1: “%2” is not a number of 0 or more.</source>
        <translation>%1：“%2”不是大于或等于 0 的数字。</translation>
    </message>
    <message>
        <source>%1: the first indicator needs its area.</source>
        <translation>%1：第一项考核指标须填写一级指标。</translation>
    </message>
    <message>
        <source>%1: the indicator needs a code.</source>
        <translation>%1：考核指标须填写指标编号。</translation>
    </message>
    <message>
        <source>%1: the indicator needs a name.</source>
        <translation>%1：考核指标须填写名称。</translation>
    </message>
    <message>
        <source>%1: “%2” is not one of 评分/扣分/加分/达标/比例/否决.</source>
        <translation>%1：“%2”不是 评分/扣分/加分/达标/比例/否决 之一。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: the indicator code %2 appears twice.</source>
        <translation>%1：指标编号 %2 重复出现。</translation>
    </message>
    <message>
        <source>The sheet has no indicators below its header row.</source>
        <translation>表格的表头行下没有考核指标。</translation>
    </message>
</context>
<context>
    <name>dj::ScoreRepository</name>
    <message>
        <source>The organisation is not part of the %1 assessment.</source>
        <translation>该组织未参加 %1 年度量化考核。</translation>
    </message>
    <message>
        <source>The indicator is not in the scheme of the %1 assessment.</source>
        <translation>该考核指标不在 %1 年度量化考核所用的指标体系中。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The name of who entered the scores</source>
        <translation>录入评分人的姓名</translation>
    </message>
    <message>
        <source>The note on indicator %1</source>
        <translation>考核指标 %1 的说明</translation>
    </message>
</context>
<context>
    <name>dj::SenderRules</name>
    <message>
        <source>its version number is higher than the edits recorded in its history account for</source>
        <translation>其版本号高于历史记录中的修改次数所能达到的版本</translation>
    </message>
    <message>
        <source>it claims to follow this file&apos;s version, which was never sent to %1 nor received from it</source>
        <translation>它声称基于本单位的某个版本修改，但该版本从未发送给 %1，也不是从 %1 收到的</translation>
    </message>
    <message>
        <source>%1 speaks for %2, not the whole department, and may not change the department&apos;s %3</source>
        <translation>%1 的代表范围是%2，不是整个部门，无权修改部门的%3</translation>
    </message>
    <message>
        <source>the assessment is sealed; only the department office can reopen it</source>
        <translation>该年度考核已封存，只有部门（机关党委）单位才能解除封存</translation>
    </message>
    <message>
        <source>审核 scores are entered by the department office, not by %1</source>
        <translation>审核分由部门（机关党委）单位录入，%1 无权录入</translation>
    </message>
    <message>
        <source>it belongs to an organisation outside what %1 speaks for (%2)</source>
        <translation>它属于 %1 代表范围（%2）以外的组织</translation>
    </message>
    <message numerus="yes">
        <source>The package cannot be imported: row %1 of %2 (%3) is refused: %4. %n row(s) refused in all; nothing was imported.</source>
        <translation>
            <numerusform>数据包不能导入：%2（%3）的数据行 %1 被拒绝：%4。共拒绝 %n 行；未导入任何数据。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dj::SheetColumns</name>
    <message>
        <source>The sheet has no column “%1”; the first row must name the columns.</source>
        <translation>表格中没有“%1”列；第一行须为列名。</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>Row %1, column %2 (%3)</source>
        <translation>第 %1 行第 %2 列（%3）</translation>
    </message>
</context>
<context>
    <name>dj::SheetFile</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>there is no such file.</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空文件。</translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; in %2 is empty.</source>
        <translation>%2 中的工作表“%1”没有内容。</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx).</source>
        <translation>%1 不是 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>%1 is a web page (HTML) with an Excel name, not a workbook; open it in WPS or Excel, save it as .xlsx and import that.</source>
        <translation>%1 是使用 Excel 文件名的网页（HTML），不是工作簿，请在 WPS 或 Excel 中打开，另存为 .xlsx 格式后再导入。</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xls).</source>
        <translation>%1 不是 Excel 工作簿（.xls）。</translation>
    </message>
    <message>
        <source>%1 is not a spreadsheet: import an Excel workbook (.xlsx or .xls) or a CSV file.</source>
        <translation>%1 不是电子表格，请导入 Excel 工作簿（.xlsx 或 .xls）或 CSV 文件。</translation>
    </message>
</context>
<context>
    <name>dj::SheetGrid</name>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation>已取消读取文件。</translation>
    </message>
    <message>
        <source>%1 has more than %2 cells; split it into smaller files.</source>
        <translation>%1 的单元格超过 %2 个，请拆分为几个较小的文件。</translation>
    </message>
</context>
<context>
    <name>dj::SheetWriter</name>
    <message>
        <source>Cannot export to &quot;%1&quot;: the file name must end in .xlsx or .csv.</source>
        <translation>无法导出到“%1”：文件名必须以 .xlsx 或 .csv 结尾。</translation>
    </message>
</context>
<context>
    <name>dj::StorageError</name>
    <message>
        <source>The disk is full: the change was not saved. Free some space and try again.</source>
        <translation>磁盘已满，修改未保存。请腾出空间后重试。</translation>
    </message>
    <message>
        <source>The disk could not be written or read: the change was not saved. Check the disk or USB stick and try again.</source>
        <translation>磁盘无法读写，修改未保存。请检查磁盘或U盘后重试。</translation>
    </message>
    <message>
        <source>The data file cannot be written here (read-only): the change was not saved.</source>
        <translation>数据文件在此处不可写（只读），修改未保存。</translation>
    </message>
    <message>
        <source>The data file is busy in another window or program: the change was not saved. Try again in a moment.</source>
        <translation>数据文件正被其他窗口或程序占用，修改未保存。请稍后重试。</translation>
    </message>
    <message>
        <source>The data file is damaged: the change was not saved. Restore it from a backup (File → Restore from a backup).</source>
        <translation>数据文件已损坏，修改未保存。请从备份恢复（文件 → 从备份恢复）。</translation>
    </message>
    <message>
        <source>The data file or its journal cannot be opened: the change was not saved. Check that the folder exists and can be written.</source>
        <translation>无法打开数据文件或其日志文件，修改未保存。请检查文件夹是否存在且可写入。</translation>
    </message>
    <message>
        <source>The computer ran out of memory: the change was not saved.</source>
        <translation>计算机内存不足，修改未保存。</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>修改未能保存。</translation>
    </message>
    <message>
        <source>Your account may only read: the change was not saved.</source>
        <translation>你的账户只能查看：修改没有保存。</translation>
    </message>
    <message>
        <source>Your account may change only its own organisation and those under it: the change was not saved.</source>
        <translation>你的账户只能修改本组织及下级组织的数据：修改没有保存。</translation>
    </message>
    <message>
        <source>Only an administrator or the organ party committee may review scores or decide grades: the change was not saved.</source>
        <translation>只有管理员或机关党委可以审核评分或认定等次：修改未保存。</translation>
    </message>
</context>
<context>
    <name>dj::TableExport</name>
    <message>
        <source>Party members</source>
        <translation>党员名册</translation>
    </message>
    <message>
        <source>Party organisations</source>
        <translation>党组织</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Joined the Party</source>
        <translation>入党时间</translation>
    </message>
    <message>
        <source>Full member since</source>
        <translation>转正时间</translation>
    </message>
    <message>
        <source>Member category</source>
        <translation>党员类别</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>所在支部</translation>
    </message>
    <message>
        <source>Branch code</source>
        <translation>支部代码</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>组织名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Organisation code</source>
        <translation>组织代码</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>组织类型</translation>
    </message>
    <message>
        <source>Parent code</source>
        <translation>上级组织代码</translation>
    </message>
    <message>
        <source>Unit kind</source>
        <translation>单位类别</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Current term from</source>
        <translation>本届任期开始</translation>
    </message>
    <message>
        <source>Term (years)</source>
        <translation>任期年限</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>任期届满</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Secretary / head</source>
        <translation>书记/负责人</translation>
    </message>
</context>
<context>
    <name>dj::TemplateFile</name>
    <message>
        <source>%1, item %2: the frequency &quot;%3&quot; is not one of once, monthly, quarterly, half_yearly, yearly, by_date.</source>
        <translation>%1，事项 %2：频次“%3”无效，应为 once、monthly、quarterly、half_yearly、yearly、by_date 之一。</translation>
    </message>
    <message>
        <source>%1 is not a Dangjian Desk template file.</source>
        <translation>%1 不是机关党建工作台的模板文件。</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Dangjian Desk (template format %2; this version reads up to %3). Update the program to load it.</source>
        <translation>%1 由更新版本的机关党建工作台保存（模板格式 %2；本版本最高支持 %3）。请升级程序后再载入。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a list this version knows.</source>
        <translation>%1：本版本不认识清单类型“%2”。</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>%1 holds two templates for %2.</source>
        <translation>%1 中“%2”有两个模板。</translation>
    </message>
    <message>
        <source>%1 holds no templates.</source>
        <translation>%1 中没有模板。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>dj::TemplateRepository</name>
    <message>
        <source>The template no longer exists.</source>
        <translation>该模板已不存在。</translation>
    </message>
    <message>
        <source>Choose the year the template applies from.</source>
        <translation>请选择模板的起用年度。</translation>
    </message>
    <message>
        <source>There is already a template for %1 from %2: %3.</source>
        <translation>“%1”已有 %2 年度起用的模板：%3。</translation>
    </message>
    <message>
        <source>The code %1 is already used by &quot;%2&quot;.</source>
        <translation>编号 %1 已被“%2”使用。</translation>
    </message>
    <message>
        <source>The template item no longer exists.</source>
        <translation>该模板事项已不存在。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>These templates already exist for the same year: %1. Nothing was loaded; load again choosing to replace them.</source>
        <translation>以下模板在同一年度已存在：%1。未载入任何模板；如需覆盖，请选择替换后重新载入。</translation>
    </message>
</context>
<context>
    <name>dj::TemplateRules</name>
    <message>
        <source>Item %1: %2</source>
        <translation>事项 %1：%2</translation>
    </message>
    <message>
        <source>The item needs a title (事项).</source>
        <translation>请填写事项名称。</translation>
    </message>
    <message>
        <source>The deadline &quot;%1&quot; is not a date in the year; write it as MM-DD, such as 03-31.</source>
        <translation>时限“%1”不是有效日期；请按 月-日 填写，例如 03-31。</translation>
    </message>
    <message>
        <source>An item due &quot;%1&quot; needs a deadline (MM-DD).</source>
        <translation>频次为“%1”的事项需要时限（月-日）。</translation>
    </message>
    <message>
        <source>The expected count per period must be from 1 to 99.</source>
        <translation>每期应完成次数须在 1 到 99 之间。</translation>
    </message>
    <message>
        <source>Every item needs a code (such as JC01); lists find their items by it.</source>
        <translation>每个事项都需要编号（如 JC01），清单据此识别事项。</translation>
    </message>
    <message>
        <source>Items of the %1 list carry out no list above them.</source>
        <translation>“%1”清单的事项没有上级清单可关联。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an item of the list above; write %2/CODE.</source>
        <translation>“%1”不是上级清单的事项；请写作 %2/编号。</translation>
    </message>
    <message>
        <source>The template needs a name.</source>
        <translation>模板需要名称。</translation>
    </message>
    <message>
        <source>The year %1 is out of range.</source>
        <translation>年度 %1 超出范围。</translation>
    </message>
    <message>
        <source>The code is used by two items of %1.</source>
        <translation>%1 中有两个事项使用了同一编号。</translation>
    </message>
    <message>
        <source>The code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>The category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>The content</source>
        <translation>具体内容</translation>
    </message>
    <message>
        <source>The evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>The template&apos;s name</source>
        <translation>模板名称</translation>
    </message>
</context>
<context>
    <name>dj::XlsReader</name>
    <message>
        <source>%1 is protected by a password; open it in WPS or Excel, save a copy without the password and import that.</source>
        <translation>%1 设有密码保护，请在 WPS 或 Excel 中打开，另存一份不带密码的副本后再导入。</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read as an Excel 97-2003 workbook (.xls); open it in WPS or Excel and save it again.</source>
        <translation>%1 已损坏，无法作为 Excel 97-2003 工作簿（.xls）读取，请在 WPS 或 Excel 中打开并重新保存。</translation>
    </message>
    <message>
        <source>A cell of %1 holds more than %2 MB of text; such a cell cannot be imported.</source>
        <translation>%1 中有单元格的文字超过 %2 MB，无法导入这样的单元格。</translation>
    </message>
    <message>
        <source>Cannot make a temporary copy of %1: %2</source>
        <translation>无法为 %1 建立临时副本：%2</translation>
    </message>
    <message>
        <source>%1 has no readable worksheet.</source>
        <translation>%1 中没有可读取的工作表。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; split it into smaller files.</source>
        <translation>%1 超过 %2 MB，请拆分为几个较小的文件。</translation>
    </message>
    <message>
        <source>%1 is an Office file but not an Excel workbook (perhaps a Word document); import an Excel workbook (.xls or .xlsx) or a CSV file.</source>
        <translation>%1 是 Office 文件，但不是 Excel 工作簿（可能是 Word 文档），请导入 Excel 工作簿（.xls 或 .xlsx）或 CSV 文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1 is too large to read; split it into smaller files.</source>
        <translation>%1 太大，无法读取，请拆分为几个较小的文件。</translation>
    </message>
    <message>
        <source>%1 has more than %2 rows; split it into smaller files.</source>
        <translation>%1 超过 %2 行，请拆分为几个较小的文件。</translation>
    </message>
</context>
<context>
    <name>dj::XlsxReader</name>
    <message>
        <source>%1 is not an Excel workbook (.xlsx).</source>
        <translation>%1 不是 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>%1 is an OpenDocument spreadsheet (.ods); save it as .xlsx or CSV and import that.</source>
        <translation>%1 是 OpenDocument 电子表格（.ods），请另存为 .xlsx 或 CSV 格式后再导入。</translation>
    </message>
    <message>
        <source>%1 has no readable worksheet.</source>
        <translation>%1 中没有可读取的工作表。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 (in %3, line %4).</source>
        <translation>%1 已损坏：%2（位于 %3 第 %4 行）。</translation>
    </message>
    <message>
        <source>A cell holds more than %1 MB of text; such a cell cannot be imported.</source>
        <translation>有单元格中的文本超过 %1 MB，此类单元格无法导入。</translation>
    </message>
    <message>
        <source>%1 has more than %2 rows; split it into smaller files.</source>
        <translation>%1 超过 %2 行，请拆分为几个较小的文件。</translation>
    </message>
</context>
<context>
    <name>dj::XlsxWriter</name>
    <message>
        <source>Could not write the spreadsheet %1: %2.</source>
        <translation>无法写入电子表格 %1：%2。</translation>
    </message>
    <message>
        <source>A sheet has at most %1 columns; this table has %2.</source>
        <translation>一个工作表最多只能有 %1 列，而此表格有 %2 列。</translation>
    </message>
    <message>
        <source>Cannot create a file in the folder %1: %2.</source>
        <translation>无法在文件夹 %1 中创建文件：%2。</translation>
    </message>
    <message>
        <source>Page &amp;P of &amp;N</source>
        <translation>第 &amp;P 页，共 &amp;N 页</translation>
    </message>
    <message>
        <source>A sheet has at most %1 rows; export fewer rows (filter by organisation).</source>
        <translation>一个工作表最多只能有 %1 行，请减少导出的行数（可按组织筛选）。</translation>
    </message>
</context>
<context>
    <name>dj::ZipArchive</name>
    <message>
        <source>The part %1 of the file is damaged.</source>
        <translation>文件中的组成部分 %1 已损坏。</translation>
    </message>
    <message>
        <source>The part %1 of the file is damaged (checksum mismatch).</source>
        <translation>文件中的组成部分 %1 已损坏（校验和不匹配）。</translation>
    </message>
    <message>
        <source>The part %1 unpacks to more than %2 MB or is compressed more than %3 times (a &quot;zip bomb&quot;); it was not read.</source>
        <translation>组成部分 %1 解压后超过 %2 MB，或压缩比超过 %3 倍（“压缩炸弹”），未予读取。</translation>
    </message>
    <message>
        <source>A cell holds more than %1 MB of text; such a cell cannot be imported.</source>
        <translation>有单元格中的文本超过 %1 MB，此类单元格无法导入。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>%1 holds too many parts to be a workbook.</source>
        <translation>%1 包含的组成部分过多，不是有效的工作簿。</translation>
    </message>
    <message>
        <source>The part %1 is missing from %2.</source>
        <translation>%2 中缺少组成部分 %1。</translation>
    </message>
    <message>
        <source>The part %1 of %2 unpacks to %3 MB from %4 KB (a &quot;zip bomb&quot; or a sheet too large to import); it was not read.</source>
        <translation>%2 中的组成部分 %1 由 %4 KB 解压后达 %3 MB（可能是“压缩炸弹”，或表格过大无法导入），未予读取。</translation>
    </message>
    <message>
        <source>The part %1 of %2 is damaged or encrypted.</source>
        <translation>%2 中的组成部分 %1 已损坏或已加密。</translation>
    </message>
</context>
<context>
    <name>dj::report::AssessFormData</name>
    <message>
        <source>There is no assessment for %1, so there is nothing to print. Create the year&apos;s assessment first (assess create).</source>
        <translation>%1 年度尚未建立量化考核，没有可打印的内容。请先建立该年度的量化考核（assess create）。</translation>
    </message>
</context>
<context>
    <name>dj::report::AssessScoreFormReport</name>
    <message>
        <source>%1 (%2) is not assessed in %3, so it has no score form. Add it to the year&apos;s assessment first.</source>
        <translation>%1（%2）未参加 %3 年度量化考核，因此没有评分表。请先将其加入该年度的量化考核。</translation>
    </message>
    <message>
        <source>The assessment of %1 has no organisations to assess, so there is no score form.</source>
        <translation>%1 年度量化考核没有参加考核的组织，因此没有评分表。</translation>
    </message>
</context>
<context>
    <name>dj::report::DutyBookletReport</name>
    <message>
        <source>There are no responsibility lists for %1. Generate the year&apos;s lists first.</source>
        <translation>%1 年度没有责任清单。请先生成年度清单。</translation>
    </message>
    <message>
        <source>There are no responsibility lists for %1 in %2 or the organisations below it. Generate the year&apos;s lists first.</source>
        <translation>%2 及其下级组织没有 %1 年度的责任清单。请先生成年度清单。</translation>
    </message>
</context>
<context>
    <name>dj::report::DutyRecordsReport</name>
    <message>
        <source>Choose either an organisation or a person for the record of duties, not both.</source>
        <translation>履责纪实请选择组织或个人之一，不能同时选择。</translation>
    </message>
    <message>
        <source>%1 has no responsibility lists for %2. Generate the year&apos;s lists first.</source>
        <translation>%1 没有 %2 年度的责任清单。请先生成年度清单。</translation>
    </message>
    <message>
        <source>%1 has no post responsibility lists for %2: lists are made for the holders of the five posts when the year&apos;s lists are generated.</source>
        <translation>%1 没有 %2 年度的岗位责任清单：生成年度清单时，只为五个岗位的任职人员生成清单。</translation>
    </message>
</context>
<context>
    <name>dj::report::ReportBallotReport</name>
    <message>
        <source>The assessment of %1 has no organisations to assess, so there is no ballot to print.</source>
        <translation>%1 年度量化考核没有参加考核的组织，因此没有可打印的评议票。</translation>
    </message>
</context>
<context>
    <name>dj::report::SatisfactionBallotReport</name>
    <message>
        <source>There is no satisfaction survey for %1.</source>
        <translation>%1 年度尚无满意度测评。</translation>
    </message>
</context>
<context>
    <name>dj::vocab</name>
    <message>
        <source>Party leadership group</source>
        <translation>部门党组（党委）</translation>
    </message>
    <message>
        <source>Party building leading group</source>
        <translation>党的建设工作领导小组</translation>
    </message>
    <message>
        <source>Organ party committee</source>
        <translation>机关党委</translation>
    </message>
    <message>
        <source>Organ discipline committee</source>
        <translation>机关纪委</translation>
    </message>
    <message>
        <source>General party branch</source>
        <translation>党总支</translation>
    </message>
    <message>
        <source>Party branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>Party group (cell)</source>
        <translation>党小组</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>Internal division</source>
        <translation>机关内设处室</translation>
    </message>
    <message>
        <source>Directly affiliated unit</source>
        <translation>直属单位</translation>
    </message>
    <message>
        <source>Enterprise or public institution</source>
        <translation>所属企事业单位</translation>
    </message>
    <message>
        <source>Branch office</source>
        <translation>分支机构</translation>
    </message>
    <message>
        <source>Overseas office</source>
        <translation>驻外机构</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Dissolved</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Secretary of the party leadership group</source>
        <translation>党组书记</translation>
    </message>
    <message>
        <source>Deputy secretary of the party leadership group</source>
        <translation>党组副书记</translation>
    </message>
    <message>
        <source>Member of the party leadership group</source>
        <translation>党组成员</translation>
    </message>
    <message>
        <source>Head of the leading group</source>
        <translation>领导小组组长</translation>
    </message>
    <message>
        <source>Deputy head of the leading group</source>
        <translation>领导小组副组长</translation>
    </message>
    <message>
        <source>Member of the leading group</source>
        <translation>领导小组成员</translation>
    </message>
    <message>
        <source>Secretary of the organ party committee</source>
        <translation>机关党委书记</translation>
    </message>
    <message>
        <source>Full-time deputy secretary of the organ party committee</source>
        <translation>机关党委专职副书记</translation>
    </message>
    <message>
        <source>Member of the organ party committee</source>
        <translation>机关党委委员</translation>
    </message>
    <message>
        <source>Secretary of the organ discipline committee</source>
        <translation>机关纪委书记</translation>
    </message>
    <message>
        <source>Member of the organ discipline committee</source>
        <translation>机关纪委委员</translation>
    </message>
    <message>
        <source>Secretary of the general branch</source>
        <translation>党总支书记</translation>
    </message>
    <message>
        <source>Branch secretary</source>
        <translation>党支部书记</translation>
    </message>
    <message>
        <source>Deputy branch secretary</source>
        <translation>党支部副书记</translation>
    </message>
    <message>
        <source>Organisation committee member</source>
        <translation>组织委员</translation>
    </message>
    <message>
        <source>Publicity committee member</source>
        <translation>宣传委员</translation>
    </message>
    <message>
        <source>Discipline inspection committee member</source>
        <translation>纪检委员</translation>
    </message>
    <message>
        <source>Party group leader</source>
        <translation>党小组组长</translation>
    </message>
    <message>
        <source>Party leadership group (primary responsibility)</source>
        <translation>部门党组（党委）主体责任</translation>
    </message>
    <message>
        <source>Leading group (coordination)</source>
        <translation>党建工作领导小组议事协调责任</translation>
    </message>
    <message>
        <source>Organ party committee (assisting responsibility)</source>
        <translation>机关党委协助责任</translation>
    </message>
    <message>
        <source>Grassroots organisations (carrying out)</source>
        <translation>基层党组织具体落实责任</translation>
    </message>
    <message>
        <source>Party group secretary (first responsible)</source>
        <translation>党组（党委）书记第一责任人</translation>
    </message>
    <message>
        <source>Party group members (dual duty)</source>
        <translation>党组（党委）成员一岗双责</translation>
    </message>
    <message>
        <source>Organ party committee secretary</source>
        <translation>机关党委书记</translation>
    </message>
    <message>
        <source>Full-time deputy secretary</source>
        <translation>机关党委专职副书记</translation>
    </message>
    <message>
        <source>Branch secretaries</source>
        <translation>党支部书记</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>一次</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>每季度</translation>
    </message>
    <message>
        <source>Half-yearly</source>
        <translation>每半年</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>By a date</source>
        <translation>限期</translation>
    </message>
    <message>
        <source>Judged score</source>
        <translation>直接评分</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Deduct per occurrence</source>
        <translation>按次扣分</translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Add per occurrence</source>
        <translation>按次加分</translation>
    </message>
    <message>
        <source>Met or not met</source>
        <translation>达标/未达标</translation>
    </message>
    <message>
        <source>Met (1) or not (0)</source>
        <translation>达标（1）或未达标（0）</translation>
    </message>
    <message>
        <source>Ratio to a target</source>
        <translation>按目标值比例计分</translation>
    </message>
    <message>
        <source>Value achieved</source>
        <translation>完成值</translation>
    </message>
    <message>
        <source>Veto</source>
        <translation>一票否决</translation>
    </message>
</context>
<context>
    <name>evidence</name>
    <message>
        <source>No program is set up to open %1.</source>
        <translation>没有可以打开 %1 的程序。</translation>
    </message>
    <message>
        <source>“%1” has no file type, so this program does not open it: it could be a program. Save it to a folder you choose and check it before opening it.</source>
        <translation>“%1”没有文件类型，可能是一个程序，本程序不直接打开它。请另存到您选择的文件夹，检查无误后再打开。</translation>
    </message>
    <message>
        <source>“%1” is a .%2 file. This program opens only documents and pictures; a .%2 file can run a program when opened. Save it to a folder you choose and check it before opening it.</source>
        <translation>“%1”是 .%2 类型的文件。本程序只直接打开文档和图片；.%2 文件打开时可能运行程序。请另存到您选择的文件夹，检查无误后再打开。</translation>
    </message>
    <message>
        <source>Evidence file not opened</source>
        <translation>未打开佐证材料</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>The evidence file %1 has a damaged id and cannot be opened.</source>
        <translation>佐证材料 %1 的标识已损坏，不能打开。</translation>
    </message>
    <message>
        <source>No private temporary folder could be made to open %1 from.</source>
        <translation>无法建立用于打开 %1 的专用临时文件夹。</translation>
    </message>
    <message>
        <source>Save evidence file</source>
        <translation>保存佐证材料</translation>
    </message>
</context>
<context>
    <name>exchangeui</name>
    <message>
        <source>Exchange</source>
        <translation>交换</translation>
    </message>
    <message>
        <source>Choose what this office speaks for…</source>
        <translation>请选择该单位的代表范围…</translation>
    </message>
    <message>
        <source>The whole department (机关党委 or 党组 office)</source>
        <translation>整个部门（机关党委或党组的单位）</translation>
    </message>
    <message>
        <source>%1 %2 and below</source>
        <translation>%1 %2 及其下级</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>Creating the demo department…</source>
        <translation>正在生成演示部门数据…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Dangjian Desk data files (*.djdb);;All files (*)</source>
        <translation>机关党建工作台数据文件 (*.djdb);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open data file</source>
        <translation>打开数据文件</translation>
    </message>
</context>
</TS>
