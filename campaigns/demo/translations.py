"""Demo translations, made through wagtail-localize: Spanish for the home page, the story, the alert
and the three petitions; Arabic for the home page and the letter to the President (a right-to-left page).
"""

from wagtail.models import Page

from home.demo import home_page, translate_shared_snippets
from home.translating import ensure_translation

SPANISH = {
    # Home page
    "Coalition Newsroom": "Noticias de la Coalición",
    "News, action alerts and petitions from the coalition.": "Noticias, alertas de acción y peticiones de la coalición.",
    "News and action from a coalition of refugee-aid and rabbinic human-rights organisations working for a fair and humane asylum system.": "Noticias y acción de una coalición de organizaciones de ayuda a refugiados y de rabinos por los derechos humanos que trabajan por un sistema de asilo justo y humano.",
    # Section indexes
    "News": "Noticias",
    "news": "noticias",
    "Reporting on asylum, refugees and the faith communities who welcome them.": "Información sobre el asilo, las personas refugiadas y las comunidades de fe que las acogen.",
    "Take action": "Actúa",
    "take-action": "actua",
    # The news story
    "Over 1,400 clergy urge lawmakers to keep a fair and humane asylum process": "Más de 1.400 líderes religiosos piden a los legisladores un proceso de asilo justo y humano",
    "clergy-deliver-letter-for-fair-asylum": "lideres-religiosos-entregan-carta-por-un-asilo-justo",
    "A refugee aid society delivered the sign-on letter to Capitol Hill on July 18.": "Una sociedad de ayuda a refugiados entregó la carta en el Capitolio el 18 de julio.",
    "Faith leaders deliver the letter to congressional offices.": "Líderes religiosos entregan la carta en las oficinas del Congreso.",
    "More than 1,400 clergy have signed a letter urging lawmakers to keep a fair and humane asylum process. A refugee aid society delivered the letter to congressional offices on July 18.": "Más de 1.400 líderes religiosos firmaron una carta que pide a los legisladores mantener un proceso de asilo justo y humano. Una sociedad de ayuda a refugiados entregó la carta en las oficinas del Congreso el 18 de julio.",
    "We call on you to uphold the right of every person fleeing danger to ask for safety, and to be heard fairly when they do.": "Les pedimos que defiendan el derecho de toda persona que huye del peligro a pedir protección y a ser escuchada con justicia cuando lo hace.",
    "The clergy letter": "La carta del clero",
    "Signers came from synagogues, churches and mosques in 48 states. Organisers met staff for Sen. Maria Lopez (D-N.M.) and Rep. Tom Hale (R-Texas).": "Las firmas llegaron de sinagogas, iglesias y mezquitas de 48 estados. Los organizadores se reunieron con el personal de la senadora Maria Lopez (D-N.M.) y del representante Tom Hale (R-Texas).",
    "Our tradition commands us to love the stranger, because we were strangers. That command does not end at the border.": "Nuestra tradición nos ordena amar al extranjero, porque fuimos extranjeros. Ese mandato no termina en la frontera.",
    "Senior Rabbi": "Rabina principal",
    "The letter closed to new signatures on the evening of July 17, the day before it was delivered.": "La carta dejó de recibir firmas la noche del 17 de julio, la víspera de su entrega.",
    # The action alert
    "Take action: protect immigrants and asylum seekers": "Actúa: protege a las personas inmigrantes y solicitantes de asilo",
    "protect-immigrants-and-asylum-seekers": "protege-a-inmigrantes-y-solicitantes-de-asilo",
    "The administration announced new limits on asylum this week. Here is how to respond before Congress votes.": "El gobierno anunció esta semana nuevos límites al asilo. Así puedes responder antes de que vote el Congreso.",
    "On Monday the administration announced rules that would turn away most people who ask for asylum at the southern border.": "El lunes el gobierno anunció normas que rechazarían a la mayoría de las personas que piden asilo en la frontera sur.",
    "Congress can block the rules. Lawmakers are counting calls this month.": "El Congreso puede bloquear estas normas. Este mes los legisladores están contando las llamadas.",
    "Call your senators and representative": "Llama a tus senadores y a tu representante",
    "Enter your ZIP code to get your own members of Congress and their numbers.": "Escribe tu código postal para ver a tus miembros del Congreso y sus números.",
    "Hello, my name is ___ and I live in {state}. I am calling to ask {title} {member} to protect the right to seek asylum and to oppose the new restrictions. Thank you.": "Hola, me llamo ___ y vivo en {state}. Llamo para pedir a {title} {member} que proteja el derecho a solicitar asilo y que se oponga a las nuevas restricciones. Gracias.",
    "Call the White House and your members of Congress": "Llama a la Casa Blanca y a tus representantes en el Congreso",
    "Hello, I am a constituent from [town]. I am calling to ask you to protect the right to seek asylum and to oppose the new restrictions. Thank you.": "Hola, soy votante de [ciudad]. Llamo para pedirle que proteja el derecho a solicitar asilo y que se oponga a las nuevas restricciones. Gracias.",
    "White House comment line": "Línea de comentarios de la Casa Blanca",
    "Sign the letter to the President": "Firma la carta al Presidente",
    "Email the Senate Judiciary Committee": "Escribe al Comité Judicial del Senado",
    "Protect the right to seek asylum": "Protejan el derecho a solicitar asilo",
    "As a person of faith, I ask you to keep our asylum process fair and humane, and to reject the new restrictions.": "Como persona de fe, les pido que mantengan un proceso de asilo justo y humano y que rechacen las nuevas restricciones.",
    "Post on social media": "Publica en redes sociales",
    "People fleeing danger deserve a fair hearing. Protect asylum now.": "Quienes huyen del peligro merecen una audiencia justa. Protejan el asilo ya.",
    "Faith leaders: sign our letter": "Líderes religiosos: firmen nuestra carta",
    "Clergy and lay leaders can add their names to the coalition's letter.": "El clero y los líderes laicos pueden sumar su nombre a la carta de la coalición.",
    "Sign as a faith leader": "Firma como líder religioso",
    "Thank you for acting. Tell a friend, and ask your congregation to join you.": "Gracias por actuar. Cuéntaselo a una amistad e invita a tu congregación a sumarse.",
    # The clergy sign-on letter
    "Clergy letter for a fair and humane asylum process": "Carta del clero por un proceso de asilo justo y humano",
    "clergy-letter-fair-asylum": "carta-del-clero-por-un-asilo-justo",
    "More than 1,400 clergy signed; delivered to lawmakers on July 18, 2025.": "Firmada por más de 1.400 líderes religiosos; entregada a los legisladores el 18 de julio de 2025.",
    "Members of Congress": "Miembros del Congreso",
    "Rabbis, cantors and clergy of every faith call on Congress to keep the promise of asylum: a fair hearing, counsel, and dignity for people fleeing danger.": "Rabinos, cantores y clérigos de todas las religiones piden al Congreso cumplir la promesa del asilo: una audiencia justa, asistencia legal y dignidad para quienes huyen del peligro.",
    "Dear Members of Congress,": "Estimados miembros del Congreso:",
    "As clergy, we are taught to welcome the stranger, for we were strangers once. We write to urge you to protect a fair and humane asylum process.": "Como líderes religiosos, aprendimos a acoger al extranjero, porque alguna vez fuimos extranjeros. Les escribimos para pedirles que protejan un proceso de asilo justo y humano.",
    "People who reach our border asking for safety deserve to be heard by a judge, to have a lawyer at their side and to wait for their hearing in our communities, not in detention.": "Quienes llegan a nuestra frontera pidiendo protección merecen ser escuchados por un juez, contar con un abogado y esperar su audiencia en nuestras comunidades, no detenidos.",
    "Guarantee every asylum seeker a full and fair hearing.": "Garanticen a toda persona solicitante de asilo una audiencia completa y justa.",
    "Fund legal representation for families and children.": "Financien la representación legal de familias y niños.",
    "End family detention and invest in community-based alternatives.": "Pongan fin a la detención de familias e inviertan en alternativas comunitarias.",
    "With faith and hope, the undersigned clergy.": "Con fe y esperanza, los líderes religiosos firmantes.",
    "Rabbis and cantors": "Rabinos y cantores",
    "Christian clergy": "Clero cristiano",
    "Other faith leaders": "Líderes de otras religiones",
    "Your name, title, congregation and city will appear on the published letter if you tick the box.": "Tu nombre, título, congregación y ciudad aparecerán en la carta publicada si marcas la casilla.",
    "Thank you for adding your voice to the letter.": "Gracias por sumar tu voz a la carta.",
    "Clergy of every faith are calling for a fair and humane asylum process.": "Líderes de todas las religiones piden un proceso de asilo justo y humano.",
    "lawmakers on Capitol Hill": "los legisladores en el Capitolio",
    "Delivered by the coalition's refugee aid society with more than 1,400 signatures.": "Entregada por la sociedad de ayuda a refugiados de la coalición con más de 1.400 firmas.",
    # The faith leaders' letter (open; the alert links it)
    "Faith leaders' letter: keep the door to asylum open": "Carta de líderes religiosos: mantengan abierta la puerta del asilo",
    "faith-leaders-letter-protect-asylum": "carta-de-lideres-religiosos-por-el-asilo",
    "The new asylum rules would turn away most people who ask for safety at the border. Clergy and lay leaders of every faith: add your name before Congress votes.": "Las nuevas normas de asilo rechazarían a la mayoría de quienes piden protección en la frontera. Clero y líderes laicos de todas las religiones: sumen su nombre antes de que vote el Congreso.",
    "Our congregations welcome families who fled danger and waited years for a fair hearing. The rules announced this week would close that door at the border.": "Nuestras congregaciones acogen a familias que huyeron del peligro y esperaron años una audiencia justa. Las normas anunciadas esta semana cerrarían esa puerta en la frontera.",
    "We ask you to block them, and to keep the promise of asylum that our scriptures and our laws both make.": "Les pedimos que las bloqueen y que cumplan la promesa de asilo que hacen a la vez nuestras escrituras y nuestras leyes.",
    "Block the new rules that turn away people asking for asylum at the border.": "Bloqueen las nuevas normas que rechazan a quienes piden asilo en la frontera.",
    "Keep every asylum seeker's right to a full and fair hearing.": "Mantengan el derecho de toda persona solicitante de asilo a una audiencia completa y justa.",
    "In faith, the undersigned leaders.": "Con fe, los líderes firmantes.",
    "Faith leaders are asking Congress to keep the door to asylum open. Add your name:": "Líderes religiosos piden al Congreso mantener abierta la puerta del asilo. Suma tu nombre:",
    # The pledge
    "Sign our policy platform pledge": "Firma nuestro compromiso con la plataforma",
    "policy-platform-pledge": "compromiso-con-la-plataforma",
    "Candidates for public office": "Candidatos a cargos públicos",
    "Before the election, community members and leaders pledge to stand for a welcoming country. We will deliver the pledge, with every name, to the candidates.": "Antes de las elecciones, integrantes y líderes de la comunidad se comprometen a defender un país que acoge. Entregaremos el compromiso, con cada nombre, a los candidatos.",
    "Community leaders meet candidates at a forum on immigration.": "Líderes comunitarios se reúnen con candidatos en un foro sobre inmigración.",
    "Photo: coalition staff": "Foto: equipo de la coalición",
    "I pledge to vote, organise and speak up for a platform that:": "Me comprometo a votar, organizarme y alzar la voz por una plataforma que:",
    "Restores a fair asylum system with timely hearings and access to counsel.": "Restablezca un sistema de asilo justo, con audiencias a tiempo y acceso a asistencia legal.",
    "Rebuilds refugee resettlement to welcome at least 125,000 people a year.": "Reconstruya el reasentamiento de refugiados para acoger al menos a 125.000 personas al año.",
    "Ends family separation and the detention of children.": "Ponga fin a la separación de familias y a la detención de niños.",
    "Offers a path to citizenship for long-time residents and Dreamers.": "Ofrezca un camino a la ciudadanía para residentes de larga data y Dreamers.",
    "Protects immigrants' access to health care, schools and courts.": "Proteja el acceso de las personas inmigrantes a la salud, la escuela y los tribunales.",
    "Keeps local police out of federal immigration enforcement.": "Mantenga a la policía local fuera de la aplicación federal de las leyes de inmigración.",
    "Funds community groups that help newcomers settle and find work.": "Financie a los grupos comunitarios que ayudan a los recién llegados a establecerse y encontrar trabajo.",
    "Together we will hold every candidate to these commitments.": "Juntos exigiremos a cada candidato que cumpla estos compromisos.",
    "Community leader": "Líder comunitario",
    "Individual": "Persona",
    "We will send you occasional updates about the pledge. You can unsubscribe at any time.": "Te enviaremos novedades ocasionales sobre el compromiso. Puedes darte de baja cuando quieras.",
    'We never publish your email address, phone number or postal code. <a id="a1">How we use your details</a>.': 'Nunca publicamos tu correo electrónico, tu teléfono ni tu código postal. <a id="a1">Cómo usamos tus datos</a>.',
    "Thank you for taking the pledge. Please share it with your community.": "Gracias por firmar el compromiso. Compártelo con tu comunidad.",
    "I signed the policy platform pledge for a welcoming country. Join me:": "Firmé el compromiso por un país que acoge. Súmate:",
    # The letter to the President
    "A letter to the President: protect people seeking safety": "Carta al Presidente: proteja a quienes buscan refugio",
    "letter-to-the-president": "carta-al-presidente",
    "The President of the United States": "El Presidente de los Estados Unidos",
    "Add your name to our letter asking the President to take eight concrete steps.": "Suma tu nombre a nuestra carta que pide al Presidente ocho medidas concretas.",
    "Dear Mr. President,": "Señor Presidente:",
    "We write as people of conscience who believe our country can be both secure and welcoming. We ask you to take these steps without delay:": "Le escribimos como personas de conciencia que creen que nuestro país puede ser seguro y acogedor a la vez. Le pedimos que tome sin demora estas medidas:",
    "Restore access to asylum at ports of entry.": "Restablecer el acceso al asilo en los puertos de entrada.",
    "End the metering and turn-back policies at the border.": "Terminar con las políticas de cupos y devoluciones en la frontera.",
    "Stop the detention of families and children.": "Detener la detención de familias y niños.",
    "Expand legal pathways for people fleeing violence.": "Ampliar las vías legales para quienes huyen de la violencia.",
    "Raise the refugee admissions ceiling and meet it.": "Aumentar el tope de admisión de refugiados y cumplirlo.",
    "Fund immigration courts to end the backlog fairly.": "Financiar los tribunales de inmigración para acabar con el rezago de forma justa.",
    "Guarantee counsel for children in immigration court.": "Garantizar asistencia legal a los niños en los tribunales de inmigración.",
    "Protect Dreamers and holders of Temporary Protected Status.": "Proteger a los Dreamers y a quienes tienen Estatus de Protección Temporal.",
    "Respectfully, the undersigned.": "Respetuosamente, los firmantes.",
    "By signing this petition you will receive periodic email updates from the coalition. You may unsubscribe at any time.": "Al firmar esta petición recibirás novedades periódicas de la coalición por correo electrónico. Puedes darte de baja cuando quieras.",
    "Thank you. Your signature has been added to the letter.": "Gracias. Tu firma se sumó a la carta.",
    "I signed the letter to the President asking him to protect people seeking safety.": "Firmé la carta al Presidente para pedirle que proteja a quienes buscan refugio.",
    # The partners (organisation names stay as they are)
    "Our partners": "Nuestras organizaciones aliadas",
    "partners": "aliadas",
    "The organisations that make up the coalition.": "Las organizaciones que forman la coalición.",
    "Coalition for Fair Asylum logo": "Logotipo de Coalition for Fair Asylum",
    "Refugee Aid Society logo": "Logotipo de Refugee Aid Society",
    "Rabbinic Human Rights Network logo": "Logotipo de Rabbinic Human Rights Network",
    "The coalition itself: faith communities and refugee advocates working together.": "La coalición misma: comunidades de fe y defensores de las personas refugiadas que trabajan juntos.",
    "A refugee aid society that has welcomed refugees and asylum seekers for generations.": "Una sociedad de ayuda a refugiados que acoge a personas refugiadas y solicitantes de asilo desde hace generaciones.",
    "Rabbis and cantors who act for the human rights of every person, citizen or stranger.": "Rabinos y cantores que actúan por los derechos humanos de toda persona, ciudadana o extranjera.",
    "Coalition for Fair Asylum is part of the coalition's work for a fair and humane asylum system: campaigns, delegations to the border, coalition work and advocacy.": "Coalition for Fair Asylum forma parte del trabajo de la coalición por un sistema de asilo justo y humano: campañas, delegaciones a la frontera, trabajo en coalición e incidencia.",
    "Refugee Aid Society is part of the coalition's work for a fair and humane asylum system: campaigns, delegations to the border, coalition work and advocacy.": "Refugee Aid Society forma parte del trabajo de la coalición por un sistema de asilo justo y humano: campañas, delegaciones a la frontera, trabajo en coalición e incidencia.",
    # The Rabbinic Human Rights Network's immigration-justice page (content shape 5)
    "Immigration justice": "Justicia migratoria",
    "When strangers live among you in your land, do not wrong them. Treat them as you treat your own citizens, and love them as yourself, for you were strangers in the land of Egypt.": "Cuando extranjeros vivan entre ustedes en su tierra, no los maltraten. Trátenlos como a sus propios ciudadanos y ámenlos como a ustedes mismos, porque ustedes fueron extranjeros en la tierra de Egipto.",
    "Leviticus 19:33–34": "Levítico 19:33–34",
    'No command appears in the Torah more often than the command to love the <a id="a1">ger</a>, the stranger who lives among us. Rabbis and cantors in our network act on it: we stand with immigrants and asylum seekers, whoever they are and wherever they come from.': 'Ningún mandamiento aparece en la Torá más veces que el de amar al <a id="a1">guer</a>, el extranjero que vive entre nosotros. Los rabinos y cantores de nuestra red lo ponen en práctica: estamos junto a las personas inmigrantes y solicitantes de asilo, sean quienes sean y vengan de donde vengan.',
    "We bring the moral voice of the Jewish community to the fight for a fair and humane immigration system, side by side with the people it affects.": "Llevamos la voz moral de la comunidad judía a la lucha por un sistema migratorio justo y humano, junto a las personas a quienes afecta.",
    "Our work includes": "Nuestro trabajo incluye",
    "Campaigns that ask Congress to protect the right to seek asylum.": "Campañas que piden al Congreso proteger el derecho a solicitar asilo.",
    "Delegations of rabbis to the border with the Refugee Aid Society.": "Delegaciones de rabinos a la frontera con Refugee Aid Society.",
    "Coalition work with faith communities and refugee advocates.": "Trabajo en coalición con comunidades de fe y defensores de las personas refugiadas.",
    "Advocacy with lawmakers in Washington and in their home states.": "Incidencia ante los legisladores en Washington y en sus estados.",
    "Resources": "Recursos",
    '<a id="a1">Welcoming the stranger</a> is a reading and discussion questions for the seder table.': '<a id="a1">Acoger al extranjero</a> es una lectura con preguntas para conversar en la mesa del séder.',
    "The seder text (PDF)": "El texto para el séder (PDF, en inglés)",
    "Clergy and lay leaders: ask Congress to keep the door to asylum open.": "Clero y líderes laicos: pidan al Congreso que mantenga abierta la puerta del asilo.",
    "Sign the faith leaders' letter": "Firma la carta de líderes religiosos",
    "Sign up for updates": "Suscríbete a las novedades",
    'Get our news and action alerts by email: <a id="a1">sign up for updates</a>. You can unsubscribe at any time.': 'Recibe nuestras noticias y alertas de acción por correo electrónico: <a id="a1">suscríbete a las novedades</a>. Puedes darte de baja cuando quieras.',
    "Ger": "Guer",
    "Hebrew for “stranger”: a person who lives among a people not their own. The Torah tells us to love the ger thirty-six times.": "En hebreo, «extranjero»: una persona que vive en medio de un pueblo que no es el suyo. La Torá nos pide treinta y seis veces amar al guer.",
}

ARABIC = {
    "Coalition Newsroom": "أخبار التحالف",
    "News, action alerts and petitions from the coalition.": "أخبار وتنبيهات عمل وعرائض من التحالف.",
    "News and action from a coalition of refugee-aid and rabbinic human-rights organisations working for a fair and humane asylum system.": "أخبار وتحركات من تحالف منظمات إغاثة اللاجئين وحاخامات حقوق الإنسان الذين يعملون من أجل نظام لجوء عادل وإنساني.",
    "Take action": "تحرّك الآن",
    "take-action": "take-action",
    "A letter to the President: protect people seeking safety": "رسالة إلى الرئيس: احمِ الباحثين عن الأمان",
    "The President of the United States": "رئيس الولايات المتحدة",
    "Add your name to our letter asking the President to take eight concrete steps.": "أضف اسمك إلى رسالتنا التي تطلب من الرئيس اتخاذ ثماني خطوات ملموسة.",
    "Dear Mr. President,": "السيد الرئيس،",
    "We write as people of conscience who believe our country can be both secure and welcoming. We ask you to take these steps without delay:": "نكتب إليك بصفتنا أصحاب ضمير نؤمن بأن بلدنا يمكن أن يكون آمنًا ومرحّبًا في آن واحد. نطلب منك اتخاذ هذه الخطوات دون تأخير:",
    "Restore access to asylum at ports of entry.": "استعادة الحق في طلب اللجوء عند منافذ الدخول.",
    "End the metering and turn-back policies at the border.": "إنهاء سياسات الحصص والإعادة على الحدود.",
    "Stop the detention of families and children.": "وقف احتجاز العائلات والأطفال.",
    "Expand legal pathways for people fleeing violence.": "توسيع المسارات القانونية للفارّين من العنف.",
    "Raise the refugee admissions ceiling and meet it.": "رفع سقف قبول اللاجئين والوفاء به.",
    "Fund immigration courts to end the backlog fairly.": "تمويل محاكم الهجرة لإنهاء تراكم القضايا بعدل.",
    "Guarantee counsel for children in immigration court.": "ضمان التمثيل القانوني للأطفال أمام محاكم الهجرة.",
    "Protect Dreamers and holders of Temporary Protected Status.": "حماية الحالمين وحاملي وضع الحماية المؤقتة.",
    "Respectfully, the undersigned.": "مع الاحترام، الموقّعون أدناه.",
    "By signing this petition you will receive periodic email updates from the coalition. You may unsubscribe at any time.": "بتوقيعك على هذه العريضة ستتلقى رسائل دورية من التحالف عبر البريد الإلكتروني. يمكنك إلغاء الاشتراك في أي وقت.",
    'We never publish your email address, phone number or postal code. <a id="a1">How we use your details</a>.': 'لا ننشر أبدًا بريدك الإلكتروني أو رقم هاتفك أو رمزك البريدي. <a id="a1">كيف نستخدم بياناتك</a>.',
    "Thank you. Your signature has been added to the letter.": "شكرًا لك. أُضيف توقيعك إلى الرسالة.",
    "I signed the letter to the President asking him to protect people seeking safety.": "وقّعت الرسالة إلى الرئيس التي تطلب منه حماية الباحثين عن الأمان.",
}

# Parents before children: wagtail-localize files a translation under its parent's translation.
SPANISH_PAGES = [
    "/home/",
    "/home/news/",
    "/home/take-action/",
    "/home/news/clergy-deliver-letter-for-fair-asylum/",
    "/home/take-action/protect-immigrants-and-asylum-seekers/",
    "/home/take-action/clergy-letter-fair-asylum/",
    "/home/take-action/faith-leaders-letter-protect-asylum/",
    "/home/take-action/policy-platform-pledge/",
    "/home/take-action/letter-to-the-president/",
    "/home/partners/",
    "/home/partners/coalition-for-fair-asylum/",
    "/home/partners/refugee-aid-society/",
    "/home/partners/rabbinic-human-rights-network/",
]
ARABIC_PAGES = ["/home/", "/home/take-action/", "/home/take-action/letter-to-the-president/"]


def demo_languages(page: Page) -> list[str]:
    """The languages the demo publishes `page` in: English, and each language whose list names it."""
    url_path = page.url_path.replace(home_page().url_path, "/home/", 1)
    return ["en"] + [
        language_code
        for language_code, url_paths in (("es", SPANISH_PAGES), ("ar", ARABIC_PAGES))
        if url_path in url_paths
    ]


def build(stdout=None) -> None:
    root_path = home_page().url_path
    for language_code, strings, url_paths in (
        ("es", SPANISH, SPANISH_PAGES),
        ("ar", ARABIC, ARABIC_PAGES),
    ):
        for url_path in url_paths:
            page = Page.objects.filter(url_path=url_path.replace("/home/", root_path, 1)).first()
            if page is not None:
                ensure_translation(page.specific, language_code, strings)
    translate_shared_snippets()
