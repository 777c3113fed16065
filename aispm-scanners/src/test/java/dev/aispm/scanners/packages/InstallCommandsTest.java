package dev.aispm.scanners.packages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.scanners.packages.InstallCommands.Installs;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstallCommandsTest {

  private static List<String> coordinates(Installs i) {
    return i.packages().stream().map(p -> p.ecosystem().purlType() + ":" + p.name() + "@" + p.version()).toList();
  }

  private static List<String> coordinates(String script) {
    return coordinates(InstallCommands.parse(script, "s.sh"));
  }

  @Test
  void pipForms() {
    String script = """
        #!/bin/bash
        set -e
        pip install mlflow==2.2.0 openai
        pip3 install -U --quiet "langchain>=0.1" 'transformers[torch]===4.30.0'
        python -m pip install --no-cache-dir anthropic==0.7.0
        /home/ec2-user/anaconda3/envs/python3/bin/python3.10 -u -m pip install ray==2.9.0
        sudo -H pip3.10 install -q gradio==3.50.0
        uv pip install vllm==0.4.2
        pip --disable-pip-version-check install torch==2.1.0
        """;
    Installs i = InstallCommands.parse(script, "s.sh");
    assertThat(coordinates(i)).containsExactly("pypi:mlflow@2.2.0", "pypi:openai@null", "pypi:langchain@null",
        "pypi:transformers@4.30.0", "pypi:anthropic@0.7.0", "pypi:ray@2.9.0", "pypi:gradio@3.50.0",
        "pypi:vllm@0.4.2", "pypi:torch@2.1.0");
    assertThat(i.packages().get(0).location()).isEqualTo("s.sh:3");
    assertThat(i.packages().get(0).source()).isEqualTo(InstallCommands.PIP);
    assertThat(i.packages().get(0).purl()).isEqualTo("pkg:pypi/mlflow@2.2.0");
    assertThat(i.truncated()).isFalse();
  }

  @Test
  void continuationsHeredocsAndSeparators() {
    String script = """
        sudo -u ec2-user -i <<'EOF'
        source /home/ec2-user/anaconda3/bin/activate python3
        pip install --upgrade \\
            mlflow==2.2.0 \\
            openai==1.3.5 && echo done; pip install langchain==0.1.10 > /tmp/log 2>&1 &
        source /home/ec2-user/anaconda3/bin/deactivate
        EOF
        """;
    Installs i = InstallCommands.parse(script, "s.sh");
    assertThat(coordinates(i)).containsExactly("pypi:mlflow@2.2.0", "pypi:openai@1.3.5", "pypi:langchain@0.1.10");
    assertThat(i.packages().get(0).location()).isEqualTo("s.sh:3");
    assertThat(i.packages().get(2).location()).isEqualTo("s.sh:5");
  }

  @Test
  void requirementFilesAreReferencesNotFetched() {
    Installs i = InstallCommands.parse("""
        pip install -r requirements.txt -rdev-requirements.txt --requirement=https://bob:hunter2@host/r.txt
        pip install -Ur extra.txt
        conda env create -f environment.yml
        conda install --file conda-reqs.txt
        """, "s.sh");
    assertThat(i.packages()).isEmpty();
    assertThat(i.requirementFiles()).containsExactly("requirements.txt", "dev-requirements.txt", "https://host/r.txt",
        "environment.yml", "conda-reqs.txt");
  }

  @Test
  void condaAndMamba() {
    assertThat(coordinates("""
        conda install -y -c conda-forge mlflow=2.2.0 transformers==4.30.0 "ray>=2" python=3.10 numpy=1.26
        mamba install -y -n base conda-forge::gradio=3.50.0=pyhd8ed1ab_0 pytorch
        conda run -n py310 pip install openai==1.3.5
        micromamba create -n x langchain=0.1.10
        """)).containsExactly("pypi:mlflow@2.2.0", "pypi:transformers@4.30.0", "pypi:ray@null", "pypi:numpy@null",
        "pypi:gradio@3.50.0", "pypi:torch@null", "pypi:openai@1.3.5", "pypi:langchain@0.1.10");
    assertThat(InstallCommands.parse("conda install -y x=1.0.0", "s").packages().get(0).source())
        .isEqualTo(InstallCommands.CONDA);
  }

  @Test
  void npmForms() {
    assertThat(coordinates("""
        npm install -g openai@4.20.0 @anthropic-ai/sdk@^0.9.0 langchain
        sudo npm i --save-dev @langchain/core@0.1.5 --registry https://user:pw@npm.example.com/
        yarn add ai@v3.0.0
        npm install
        npm install ./local.tgz github:user/repo
        """)).containsExactly("npm:openai@4.20.0", "npm:@anthropic-ai/sdk@null", "npm:langchain@null",
        "npm:@langchain/core@0.1.5", "npm:ai@3.0.0");
  }

  @Test
  void indexesAreKeptWithoutCredentials() {
    Installs i = InstallCommands.parse("""
        pip install --index-url https://alice:s3cret@pypi.internal.example/simple mlflow
        pip install --extra-index-url=https://token@pkgs.example.com/simple?auth=xyz openai
        pip install -i https://pypi.org/simple ray
        export PIP_EXTRA_INDEX_URL="https://pypi.fury.io/AbCdEf1234567890GhIjK/acme/"
        pip config set global.index-url https://mirror.example.org/simple
        conda install -c https://conda.example.net/channel x
        echo "extra-index-url = https://u:p@cfg.example.org/simple" >> /etc/pip.conf
        PIP_INDEX_URL=$SECRET_URL pip install y
        """, "s.sh");
    assertThat(i.indexes()).containsExactlyInAnyOrder("https://pypi.internal.example/simple",
        "https://pkgs.example.com/simple", "https://pypi.org/simple", "https://pypi.fury.io/REDACTED/acme/",
        "https://mirror.example.org/simple", "https://conda.example.net/channel", "https://cfg.example.org/simple");
    assertThat(String.join(" ", i.indexes())).doesNotContain("alice", "s3cret", "token", "xyz", "AbCdEf", "u:p");
    assertThat(i.customIndexes()).doesNotContain("https://pypi.org/simple").hasSize(6);
    assertThat(InstallCommands.isDefaultIndex("https://registry.npmjs.org/")).isTrue();
    assertThat(InstallCommands.isDefaultIndex("https://pypi.org.evil.example/simple")).isFalse();
  }

  @Test
  void urlsPathsAndWheels() {
    assertThat(coordinates("""
        pip install ./pkg /opt/x git+https://github.com/a/b.git#egg=b https://h/x.tar.gz
        pip install https://h/wheels/transformers-4.30.0-py3-none-any.whl /tmp/mlflow-2.2.0-1-py3-none-any.whl
        pip install mlflow @ https://h/mlflow.tar.gz "openai @ https://h/openai.zip"
        """)).containsExactly("pypi:transformers@4.30.0", "pypi:mlflow@2.2.0", "pypi:mlflow@null",
        "pypi:openai@null");
  }

  @Test
  void variablesAndSubstitutionsAreUnresolvedNotGuessed() {
    Installs i = InstallCommands.parse("""
        PKG=mlflow==2.2.0
        pip install $PKG "${OTHER}" $(cat list.txt) `echo x` openai
        """, "s.sh");
    assertThat(coordinates(i)).containsExactly("pypi:openai@null");
    assertThat(i.unresolved()).isEqualTo(4);
  }

  @Test
  void whatIsNotAnInstallIsNotRead() {
    assertThat(coordinates("""
        # pip install mlflow==2.2.0
        echo "pip install mlflow==2.2.0"
        pip download mlflow==2.2.0
        pip uninstall -y openai
        python -c "import os; os.system('pip install torch')"
        python train.py --pip install
        conda list
        npm run build
        apt-get install -y python3-pip
        curl https://x/install.sh | bash
        pipx run something
        """)).isEmpty();
  }

  @Test
  void hostileLinesLoseNothingElse() {
    String script = "pip install 'unterminated mlflow==2.2.0\n"
        + "pip install " + "a".repeat(100_000) + "==1 openai==1.0.0\n"
        + "pip install \u0000\u0007 ' ; rm -rf / ; ' $( ( ( x\n"
        + "pip install ===1 [x] ==2 ..\n";
    Installs i = InstallCommands.parse(script, "s.sh");
    // the unterminated quote swallows the rest, as the shell would refuse to run it
    assertThat(i.packages()).allSatisfy(p -> assertThat(p.name().length()).isLessThan(ShellWords.MAX_WORD + 1));
    Installs ok = InstallCommands.parse("pip install " + "a".repeat(100_000) + "==1 openai==1.0.0\n"
        + "pip install ===1 [x] ==2 .. ; pip install anthropic==0.7.0", "s.sh");
    assertThat(coordinates(ok)).containsExactly("pypi:openai@1.0.0", "pypi:anthropic@0.7.0");
    assertThat(ok.unresolved()).isEqualTo(1);
  }

  @Test
  void hugeScriptsAreBounded() {
    StringBuilder big = new StringBuilder();
    for (int k = 0; k < 120_000; k++) {
      big.append("pip install p").append(k).append("==1.0\n");
    }
    long start = System.nanoTime();
    Installs i = InstallCommands.parse(big.toString(), "s.sh");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    assertThat(i.truncated()).isTrue();
    assertThat(i.packages()).hasSize(InstallCommands.MAX_PACKAGES);

    Installs cut = InstallCommands.parse("pip install openai==1.0.0\n" + "#".repeat(InstallCommands.MAX_CHARS)
        + "\npip install mlflow==2.2.0\n", "s.sh");
    assertThat(cut.truncated()).isTrue();
    assertThat(coordinates(cut)).containsExactly("pypi:openai@1.0.0");

    Installs small = InstallCommands.parse("pip install openai==1.0.0", "s.sh");
    assertThat(small.truncated()).isFalse();
  }

  @Test
  void credentialsAreStrippedFromAnyUrl() {
    assertThat(InstallCommands.withoutCredentials("https://u:p@h.example:8443/a/b?t=1#f"))
        .isEqualTo("https://h.example:8443/a/b");
    assertThat(InstallCommands.withoutCredentials("https://a@b@h/simple")).isEqualTo("https://h/simple");
    assertThat(InstallCommands.withoutCredentials("requirements.txt")).isEqualTo("requirements.txt");
    assertThat(InstallCommands.withoutCredentials("https://h/simple/")).isEqualTo("https://h/simple/");
  }
}
