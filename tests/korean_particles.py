"""The Korean particles (and forms of the copula 이다) that follow a noun, longest first.

Standard orthography (한글 맞춤법 제41항) writes each of them attached to the word before it, also after
Latin letters, digits, code and formulas: `RNN에`, `(1, 5, 2)를`, `` `outputs`는 ``.
"""

PARTICLE_FORMS: tuple[str, ...] = tuple(
    sorted(
        """에서는 에서도 에서의 에서만 에서 에게는 에게 에는 에도 에만 에의 에 으로는 으로도 으로만 으로써 으로서
        으로의 으로 로는 로도 로만 로써 로서 로의 로 은 는 이 가 을 를 의 와는 과는 와의 과의 와도 과도 와 과 도
        만으로 만을 만이 만의 만큼 만 에서나 까지의 까지는 까지 부터는 부터의 부터 처럼 보다는 보다 마다 이나 이란 이라는
        라는 이라고 라고 이라서 라서 이라면 라면 이고 이며 이면 이므로 이지만 이라 이다 입니다 이었습니다 였습니다
        인 일 임 인데 인지 인가요 인가 뿐 밖에 조차 이에요 예요""".split(),
        key=len,
        reverse=True,
    )
)
