import type { Bilingual } from '../../errors.js';

/** Message and hint shared by the zh and en rules of one code, so both languages say the same thing. */
interface RuleText {
  message: Bilingual;
  hint: Bilingual;
}

export const GENDER: RuleText = {
  message: {
    en: 'The job description asks for or prefers a gender, which excludes candidates for a reason unrelated to the work.',
    zh: '职位描述限定或偏好某一性别，以与工作无关的理由排除了求职者。',
  },
  hint: {
    en: 'Remove the gender requirement and describe the skills the job needs; write "you" or "they" for the candidate.',
    zh: '删除性别要求，改写岗位真正需要的能力；称呼求职者时用"你"或中性表述。',
  },
};

export const AGE: RuleText = {
  message: {
    en: 'The job description sets a requirement on age, which excludes candidates for a reason unrelated to the work.',
    zh: '职位描述对年龄设限，以与工作无关的理由排除了求职者。',
  },
  hint: {
    en: 'Remove the age limit and ask for the experience or skills instead; only a minimum age the law sets (e.g. at least 18) may stay.',
    zh: '删除年龄限制，改为要求相应的经验或能力；只有法律规定的最低年龄（如年满18周岁）可以保留。',
  },
};

export const MARITAL: RuleText = {
  message: {
    en: 'The job description asks about marital status, children or plans for a family, which must not decide a hire.',
    zh: '职位描述涉及婚姻、生育状况或生育计划，这些不得作为录用条件。',
  },
  hint: {
    en: 'Remove it; if the job involves travel or irregular hours, state those conditions instead.',
    zh: '请删除；如岗位需要出差或不规律工时，直接写明这些工作条件。',
  },
};

export const ETHNICITY: RuleText = {
  message: {
    en: 'The job description sets a requirement on ethnicity, nationality or religion.',
    zh: '职位描述对民族、国籍或宗教信仰提出了要求。',
  },
  hint: {
    en: 'Remove it. Keep a nationality or religious requirement only where the law requires it, and then disable this finding with a comment that says so.',
    zh: '请删除。只有法律明确要求时才保留国籍或宗教方面的条件，并用注释关闭此条提示、写明依据。',
  },
};

export const NATIVE_SPEAKER = {
  message: {
    en: '"Native speaker" asks where a candidate grew up, not how well they use the language, and acts as a proxy for national origin.',
    zh: '"母语为……"考察的是求职者的出身而非语言水平，实际上是对国籍或民族的变相要求。',
  },
  hint: {
    en: 'Ask for the level the job needs, e.g. "fluent English" or "English at C1 level".',
    zh: '写明岗位需要的语言水平，如"英语流利"或"英语达到 C1 水平"。',
  },
} satisfies RuleText;

export const NATIONALITY = {
  message: {
    en: 'The job description limits the job to citizens of one country, which is lawful only where a law or clearance requires it.',
    zh: '职位描述限定了国籍，只有法律或保密资质明确要求时才合法。',
  },
  hint: {
    en: 'Ask for the right to work instead; if a law requires citizenship, name it and disable this finding with a comment.',
    zh: '改为要求具备合法工作资格；如法律要求特定国籍，写明依据并用注释关闭此条提示。',
  },
} satisfies RuleText;

export const REGION: RuleText = {
  message: {
    en: 'The job description sets a requirement on where candidates come from or where their household is registered.',
    zh: '职位描述对籍贯、户籍或出身地区提出了要求。',
  },
  hint: {
    en: 'Remove it; if the job needs someone on site, state the work location and working hours instead.',
    zh: '请删除；如需要到岗办公，写明工作地点和工作时间即可。',
  },
};

export const APPEARANCE: RuleText = {
  message: {
    en: 'The job description sets a requirement on looks, height or weight, which rarely has anything to do with the work.',
    zh: '职位描述对相貌、身高或体重提出了要求，这些通常与工作无关。',
  },
  hint: {
    en: 'Remove it; if the job has a real physical demand or a dress code, describe that demand or code instead.',
    zh: '请删除；如岗位确有体能要求或着装规范，直接描述该要求或规范。',
  },
};

export const HEALTH: RuleText = {
  message: {
    en: 'The job description sets a requirement on health or disability that is not tied to a task of the job.',
    zh: '职位描述提出了与具体工作任务无关的健康或残疾方面的要求。',
  },
  hint: {
    en: 'Name the physical tasks the job involves (e.g. "lift 20 kg", "stand for a 6-hour shift"); keep a health check only where the law requires one.',
    zh: '写明岗位涉及的具体体能任务（如"搬运20公斤货物""站立工作6小时"）；只有法律要求时才保留健康证明等条件。',
  },
};

export const GENDER_CODED: RuleText = {
  message: {
    en: 'This wording signals a gender without saying so and can put off qualified candidates.',
    zh: '这一措辞带有性别暗示，可能让合格的求职者望而却步。',
  },
  hint: {
    en: 'Describe the work and the behaviour you need in neutral words (e.g. "expert" for "ninja", "ambitious targets" for "aggressive").',
    zh: '用中性的词描述工作和期望的行为（如用"有冲劲、目标感强"代替"狼性"，用"同事"代替"小姐姐/帅哥"）。',
  },
};

export const VAGUE: RuleText = {
  message: {
    en: 'This statement is vague: a candidate cannot tell what it means in practice, and nobody can measure it.',
    zh: '这一表述过于笼统：求职者无从知道具体含义，也无法衡量。',
  },
  hint: {
    en: 'Say what it means concretely: which tasks, how often, or with what result.',
    zh: '写清楚具体含义：做哪些事、多高频率、要达到什么结果。',
  },
};
